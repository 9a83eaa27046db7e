import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationBotFrameworkAuthentication, type Activity, type ConversationReference, type TurnContext } from 'botbuilder';
import { BotAdapter, ReusedClientsAuthentication } from './adapter.js';
import type { Config } from './config.js';
import type { Logger } from './log.js';
import { loadPrompts, type Prompts } from './content/prompts.js';
import { loadCommands } from './content/commands.js';
import { loadReplyReader } from './content/replies.js';
import { loadQuestionSet } from './content/questions.js';
import { DIMENSIONS, LOCALES, type Dimension, type Locale } from './health/dimensions.js';
import { createWebImages, type WebImages } from './health/picture.js';
import { createLanguageService, createSafetyNet } from './language/index.js';
import type { LanguageService } from './language/types.js';
import { openCatalogue, type Catalogue } from './socialmap/catalogue.js';
import { suggestedEachDay } from './socialmap/model.js';
import { createPresenter } from './channels/presenter.js';
import { createTakeHomeBox, type TakeHomeBox } from './channels/takehome.js';
import { permissionToSend, readChannelEvent } from './channels/events.js';
import { handoverDetailsSchema } from './handover/details.js';
import {
  addResidentAnswer, answerableRequest, countMessages, createRequest, notifyWebhook, oldestOpenRequestAt, statusForResident, validateEmail, validatePhone,
  type DeliverToResident, type HandoverRequest, type ResidentMessage,
} from './handover/index.js';
import { ANSWER } from '../dialogs/answer.js';
import { openStore, startPurgeJob, storeOptionsFrom, type AppStore } from './store/index.js';
import { profileKey } from './store/keys.js';
import { createResidentState, residentOf, SpinnenwebBot } from './bot.js';
import type { AllDialogDeps } from '../dialogs/main.js';
import { readProfile } from '../dialogs/profile.js';
import { PROJECT_ROOT as ROOT } from './paths.js';
import { createTelemetry, POOL_STATES, type Counted, type Telemetry } from './telemetry/index.js';
import type { InsightRecorder } from './store/insight.js';
import type { InsightEvent } from './insight/events.js';


/** The version from package.json, shown by /healthz. */
export const VERSION: string = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** How long a message to a resident may take before it counts as not delivered. */
const DELIVERY_TIMEOUT_MS = 10_000;

/** How long /readyz waits for the store; a probe that hangs is as bad as one that fails. */
const READY_TIMEOUT_MS = 2000;

/** True when the store answers a trivial query within `timeoutMs`. */
async function storeAnswers(store: AppStore, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([store.health().then((health) => health.ok, () => false), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Insight events that are also counted for the operator. */
const COUNTED_INSIGHT: Partial<Record<InsightEvent['kind'], Counted>> = { checkin: 'checkinFinished', request: 'requestCreated', claimed: 'requestClaimed' };

/** Events counted by `countEvent` (metric, label) that are also counted for the operator. */
const COUNTED_EVENTS: Readonly<Record<string, Counted>> = { 'safety/crisis': 'crisis', 'safety/distress': 'distress' };

/** The insight recorder, counting check-ins finished and requests created and claimed for telemetry as well. */
function countedInsight(insight: InsightRecorder, telemetry: Telemetry): InsightRecorder {
  return {
    record(who, event) {
      insight.record(who, event);
      const counted = COUNTED_INSIGHT[event.kind];
      if (counted) telemetry.count(counted);
    },
    read: (from, to) => insight.read(from, to),
    flush: () => insight.flush(),
  };
}

/** The content the bot speaks: sentences, commands and the active question set. */
export function loadContent(promptsDir = join(ROOT, 'prompts')) {
  const prompts = loadPrompts(promptsDir);
  return {
    prompts,
    commands: loadCommands(join(promptsDir, 'commands.json')),
    replies: loadReplyReader(join(promptsDir, 'replies.json'), buttonTitlesElsewhere(prompts)),
    questions: loadQuestionSet(join(promptsDir, 'questions.json'), prompts),
  };
}

export type Content = ReturnType<typeof loadContent>;

/** For a button's title, the same button's title in the other languages ("Meer" and "More"): residents answer in either. */
function buttonTitlesElsewhere(prompts: Prompts): (title: string) => readonly string[] {
  const same = new Map<string, Set<string>>();
  for (const locale of LOCALES) {
    for (const key of prompts.keys(locale)) {
      // The language button is named in the other language ("English" / "Nederlands"): it has no translation.
      if (!key.includes('.choice.') || key.endsWith('.otherLanguage')) continue;
      const titles = LOCALES.map((other) => prompts.t(other, key));
      const title = prompts.t(locale, key);
      const set = same.get(title) ?? new Set<string>();
      for (const other of titles) if (other !== title) set.add(other);
      same.set(title, set);
    }
  }
  return (title) => [...(same.get(title) ?? [])];
}

/** Dimension names per locale, for the labels of the spider-web picture. */
function dimensionLabels(prompts: Prompts): Record<Locale, Record<Dimension, string>> {
  const labels = {} as Record<Locale, Record<Dimension, string>>;
  for (const locale of LOCALES) {
    labels[locale] = Object.fromEntries(DIMENSIONS.map((d) => [d, prompts.t(locale, `dimensions.${d}`)])) as Record<Dimension, string>;
  }
  return labels;
}

/** The parts a running bot is made of; tests build the same parts around their own store. */
export interface Parts {
  config: Config;
  logger: Logger;
  content: Content;
  store: AppStore;
  language: LanguageService;
  catalogue: Catalogue;
  webImages: WebImages;
  /** seals and opens the take-home page's links */
  takeHome: TakeHomeBox;
  adapter: BotAdapter;
  bot: SpinnenwebBot;
  /** one turn through the turn gate, serialised per resident (a repeated delivery is answered with nothing) */
  handle(context: TurnContext): Promise<void>;
  /** what /readyz reports: the store answers within READY_TIMEOUT_MS, prompts and social map are loaded */
  readiness(): Promise<Record<string, boolean>>;
  /** counts and times turns for the operator (nothing when no exporter is configured) */
  telemetry: Telemetry;
  /** the store's insight recorder, also counting for telemetry: use this one, not `store.insight` */
  insight: InsightRecorder;
  /** sends a follow-up or a worker's message into a resident's conversation, when the channel allows it; never throws */
  deliverToResident: DeliverToResident;
  close(): Promise<void>;
}

/**
 * Builds every part from the config: store (SQLite or PostgreSQL), language (Azure or offline),
 * activities, pictures, the adapter and the bot. Only this function chooses implementations.
 */
export async function buildParts(config: Config, logger: Logger, options: { store?: AppStore; content?: Content } = {}): Promise<Parts> {
  const content = options.content ?? loadContent();
  const store = options.store ?? await openStore(storeOptionsFrom(config, logger));
  const telemetry = await createTelemetry(config, logger, VERSION);
  const insight = countedInsight(store.insight, telemetry);
  telemetry.gauge('queueAge', async () => {
    const oldest = await oldestOpenRequestAt(store.db);
    return oldest === undefined ? 0 : Math.max(0, (Date.now() - oldest) / 1000);
  });
  for (const pool of store.pools) {
    for (const state of POOL_STATES) telemetry.observe('poolClients', () => pool.clients()[state], { pool: pool.name, state });
  }
  if (!config.URL_SECRET) logger.warn('URL_SECRET is not set: picture links work until the next restart only');
  const urlSecret = config.URL_SECRET ?? randomBytes(32).toString('base64url');
  const webImages = createWebImages({
    secret: urlSecret,
    maxCached: 256,
    labels: dimensionLabels(content.prompts),
    legends: Object.fromEntries(LOCALES.map((locale) => [locale, { now: content.prompts.t(locale, 'reflection.legendNow'), earlier: content.prompts.t(locale, 'reflection.legendEarlier') }])),
  });
  const takeHome = createTakeHomeBox(urlSecret, config.RETENTION_DAYS * 24 * 3600_000);
  const language = createLanguageService(config, logger, telemetry);
  const catalogue = await openCatalogue(config.SOCIALMAP_FILE, logger);
  const presenter = createPresenter({ publicUrl: config.BOT_PUBLIC_URL });
  const state = createResidentState(store.storage);
  const auth = new ReusedClientsAuthentication(new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  }));
  const adapter = new BotAdapter(auth);
  const countEvent = (metric: string, label: string) => {
    const counted = COUNTED_EVENTS[`${metric}/${label}`];
    if (counted) telemetry.count(counted);
    return store.counters.increment(metric, label);
  };
  const suggestable = suggestedEachDay(config.SOCIALMAP_HIDE_AFTER_DAYS);

  const dialogs: AllDialogDeps = {
    ...content,
    presenter,
    language,
    profile: state.profile,
    privacy: {
      describe: async (resident) => {
        const { requests } = await store.describeResident(resident);
        const messages = await countMessages(store.db, resident);
        return {
          requests: requests.flatMap(({ reference, status, details }) => {
            const parsed = handoverDetailsSchema.safeParse(JSON.parse(details));
            return parsed.success ? [{ reference, status, details: parsed.data, messages: messages.get(reference) ?? 0 }] : [];
          }),
        };
      },
      erase: async (resident) => {
        await store.eraseResident(resident);
      },
    },
    handover: {
      statusOf: async (resident) => {
        const latest = await statusForResident(store.db, resident);
        return latest ? [latest] : [];
      },
    },
    handoverRequests: {
      create: async ({ resident, channelId, conversationRef, details }) => {
        const created = await createRequest(store.db, { resident, organisation: config.HANDOVER_ORGANISATION, channelId, conversationRef, details });
        insight.record({}, { kind: 'request', organisation: config.HANDOVER_ORGANISATION });
        if (config.HANDOVER_WEBHOOK_URL) {
          void notifyWebhook(config.HANDOVER_WEBHOOK_URL, { reference: created.reference, organisation: config.HANDOVER_ORGANISATION, inboxUrl: `${config.BOT_PUBLIC_URL}/staff` }, { logger });
        }
        logger.info({ event: 'handover.created' }, 'a resident asked for a welfare worker');
        return created;
      },
      validatePhone,
      validateEmail,
    },
    handoverMessages: {
      canAnswer: async (resident) => (await answerableRequest(store.db, resident)) !== undefined,
      answer: (resident, text) => addResidentAnswer(store.db, resident, text, Date.now()),
    },
    handoverSettings: {
      organisation: config.HANDOVER_ORGANISATION,
      responseDays: config.HANDOVER_RESPONSE_DAYS,
      walkIn: config.HANDOVER_WALK_IN,
      chatChannels: config.HANDOVER_CHAT_CHANNELS,
    },
    activities: () => suggestable(catalogue.current(), Date.now()),
    countEvent,
    settings: {
      orgName: config.ORG_NAME,
      privacyUrl: config.PRIVACY_URL,
      publicUrl: config.BOT_PUBLIC_URL,
      defaultLocale: config.DEFAULT_LOCALE,
      retentionDays: config.RETENTION_DAYS,
      handoverRetentionDays: config.HANDOVER_RETENTION_DAYS,
      huisartsenpost: config.HUISARTSENPOST_PHONE ? { name: config.HUISARTSENPOST_NAME, phone: config.HUISARTSENPOST_PHONE } : undefined,
    },
    webImageUrl: (scores, locale, earlier) => webImages.urlPath(scores, locale, earlier),
    takeHomeUrl: (home, locale) => `${config.BOT_PUBLIC_URL}/takehome/${takeHome.seal({ ...home, locale, issuedAt: Date.now() })}`,
    residentOf,
    inCrisis: (context) => state.inCrisis(context),
    insight,
  };

  const bot = new SpinnenwebBot({ state, dialogs, readChannelEvent, safety: createSafetyNet(config, logger, telemetry), countEvent, logger });

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ err: { name: error.name, message: error.message, stack: error.stack } }, 'a turn failed');
    await context.sendActivity(content.prompts.t(config.DEFAULT_LOCALE, 'common.sorry'));
  };

  /** The message in the resident's language; a worker's own words come with the button to answer them. */
  const residentActivity = (request: HandoverRequest, message: ResidentMessage, locale: Locale): Partial<Activity> => {
    const vars = { org: config.HANDOVER_ORGANISATION, reference: request.reference };
    const t = (key: string) => content.prompts.t(locale, key, vars);
    if (message.kind === 'claimed') return { type: 'message', text: t('handover.claimed') };
    if (message.kind === 'closed') return { type: 'message', text: t(`handover.outcome.${request.outcome ?? 'other'}`) };
    const text = [t('handover.workerMessage'), message.text, t('handover.answerHint')].join('\n\n');
    return presenter.choice(request.channelId, text, [{ id: ANSWER, title: t('handover.choice.answer') }]);
  };

  const deliverToResident: DeliverToResident = async (request, message) => {
    try {
      const stored = await store.storage.read([profileKey(request.resident)]);
      const profile = readProfile(stored[profileKey(request.resident)]?.profile, request.details.locale);
      const permission = permissionToSend(request.channelId, config.HANDOVER_CHAT_CHANNELS, profile.lastMessageAt, Date.now(), message.kind === 'worker');
      if (!permission.may) return { delivered: false, reason: permission.reason };
      const activity = residentActivity(request, message, profile.locale);
      if (permission.tag) {
        const data: unknown = activity.channelData;
        activity.channelData = { ...(typeof data === 'object' && data !== null ? data : {}), messaging_type: 'MESSAGE_TAG', tag: permission.tag };
      }
      const reference = request.conversationRef as Partial<ConversationReference>;
      const sending = adapter.continueConversationAsync(config.MicrosoftAppId ?? '', reference, async (context) => {
        await context.sendActivity(activity);
      });
      // A channel that does not answer must not keep the worker's page waiting: after the limit it counts as not delivered.
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('the channel did not answer in time')), DELIVERY_TIMEOUT_MS);
      });
      try {
        await Promise.race([sending, limit]);
      } finally {
        clearTimeout(timer);
      }
      return { delivered: true };
    } catch (err) {
      logger.warn({ event: message.kind, error: err instanceof Error ? err.name : 'unknown' }, 'a message could not be delivered to the resident');
      return { delivered: false, reason: 'error' };
    }
  };

  const readiness: Parts['readiness'] = async () => ({
    store: await storeAnswers(store, READY_TIMEOUT_MS),
    prompts: LOCALES.every((locale) => content.prompts.keys(locale).length > 0),
    socialmap: catalogue.current().length > 0,
  });

  const stopPurge = startPurgeJob(store, 60 * 60 * 1000, logger);
  return {
    config, logger, content, store, language, catalogue, webImages, takeHome, adapter, bot, deliverToResident, readiness, telemetry, insight,
    async handle(context) {
      const endTurn = telemetry.startTurn(context.activity.channelId);
      try {
        await store.turns.run(residentOf(context), () => bot.onTurn(context));
        endTurn('ok');
      } catch (error) {
        endTurn('error');
        telemetry.count('turnError');
        throw error;
      }
    },
    async close() {
      stopPurge();
      catalogue.close();
      await store.close();
      await telemetry.shutdown();
    },
  };
}

