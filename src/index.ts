import { config as loadDotenv } from 'dotenv';
import { loadConfig, ConfigError } from './config.js';
import { createLogger } from './log.js';
import { buildParts, VERSION } from './app.js';
import { createServer, developmentServiceUrls } from './server.js';
import { registerWebChatPage } from './channels/page.js';
import { registerLocalDirectLine } from './channels/directline/local.js';
import { registerDirectLineToken } from './channels/directline/token.js';
import { registerStaffRoutes } from './handover/web/routes.js';
import { prepareSafetyNet } from './language/safety-match.js';

/** Reads the config, builds the parts, wires the routes and listens. Stops cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const parts = await buildParts(config, logger);
  let local = '';
  const http = createServer({
    adapter: parts.adapter,
    onTurn: (context) => parts.handle(context),
    store: parts.store,
    logger,
    version: VERSION,
    maxConcurrentTurns: config.MAX_CONCURRENT_TURNS,
    telemetry: parts.telemetry,
    // Without an app id nothing is signed, so replies may only go to this machine (production relies on signed tokens).
    ...(!config.MicrosoftAppId && { serviceUrlAllowed: developmentServiceUrls(() => (config.LOCAL_DIRECT_LINE ? local : '')) }),
    readiness: () => parts.readiness(),
    renderWebImage: (token) => parts.webImages.render(token),
  });
  const { prompts } = parts.content;
  registerWebChatPage(http.server, {
    config,
    prompts: (locale, key, vars) => prompts.t(locale, key, vars),
    logger,
    takeHome: {
      box: parts.takeHome,
      pictureUrl: (scores, locale, earlier) => parts.webImages.urlPath(scores, locale, earlier),
      activities: () => parts.catalogue.current(),
      days: config.RETENTION_DAYS,
    },
  });
  registerStaffRoutes(http.server, {
    db: parts.store.db,
    config,
    logger,
    renderWebImage: (scores, locale) => `${config.BOT_PUBLIC_URL}${parts.webImages.urlPath(scores, locale)}`,
    deliver: parts.deliverToResident,
    insight: {
      recorder: parts.insight,
      questions: () => parts.content.questions.questions,
      activities: () => parts.catalogue.current(),
      minGroup: config.INSIGHT_MIN_GROUP,
      staleDays: config.SOCIALMAP_STALE_DAYS,
      hideAfterDays: config.SOCIALMAP_HIDE_AFTER_DAYS,
    },
  });
  if (config.DIRECT_LINE_SECRET) {
    registerDirectLineToken(http.server, { secret: config.DIRECT_LINE_SECRET, region: config.DIRECT_LINE_REGION, trustedOrigins: config.DIRECT_LINE_TRUSTED_ORIGINS, urlSecret: config.URL_SECRET, logger });
  }
  if (config.LOCAL_DIRECT_LINE) {
    registerLocalDirectLine(http.server, {
      botEndpoint: () => `${local}/api/messages`,
      serviceUrl: () => local,
      maxConversations: config.LOCAL_DIRECT_LINE_MAX_CONVERSATIONS,
      secret: config.URL_SECRET,
      logger,
    });
  }
  const url = await http.listen(config.PORT, config.HOST);
  local = `http://127.0.0.1:${new URL(url).port}`;
  logger.info({ url, store: parts.store.engine, language: parts.language.name, version: VERSION }, 'spinnenweb is ready');
  process.stdout.write(`\n  spinnenweb is ready. Chat with the bot at: ${config.BOT_PUBLIC_URL.startsWith('http://localhost') ? url : config.BOT_PUBLIC_URL}/\n\n`);
  // The safety net's word index is built right after the server answers, not before: a start is ready sooner, and the
  // first message, which arrives later, finds it built.
  setImmediate(prepareSafetyNet);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing running turns');
    await http.close(config.SHUTDOWN_TIMEOUT_MS);
    await parts.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`spinnenweb could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
