import { infoOf } from '../content/locales.js';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Eta } from 'eta';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../config.js';
import { LOCALES, type Locale } from '../health/dimensions.js';
import type { Logger } from '../log.js';
import { WebChatBundle } from './bundle.js';
import { INK, onWhite, textOn } from './colours.js';
import { DIRECT_LINE_HOSTS } from './directline/token.js';
import { contentSecurityPolicy, readPageRequest, type PageRequest } from './pageContext.js';
import { webChatStyleOptions } from './webchatStyle.js';
import { PROJECT_ROOT } from '../paths.js';

/** Values a page text may use, such as `{org}` and `{days}`. */
export type PageVars = Record<string, string | number>;

export interface WebChatPageDeps {
  config: Config;
  /** a page text by key (`page.title`, ...), e.g. `(locale, key, vars) => prompts.t(locale, key, vars)` */
  prompts: (locale: Locale, key: string, vars?: PageVars) => string;
  logger?: Logger;
  /** the Web Chat bundle; defaults to vendor/webchat/webchat.js */
  bundlePath?: string;
}

const TEMPLATES = join(PROJECT_ROOT, 'src/channels/templates');

/** The texts each page uses, from prompts/<locale>/page.json. */
const PAGE_KEYS = [
  'title', 'skipToChat', 'heading', 'intro', 'chatLabel', 'placeholder', 'loading', 'noscript', 'connectError',
  'privacyLink', 'privacyTitle', 'privacyStored', 'privacyNoName', 'privacyRetention', 'privacyConsent',
  'privacyErase', 'privacyContact', 'privacyPolicy', 'backToChat',
] as const;

/**
 * The resident-facing pages: `GET /` (the chat, server-rendered with auto-escaping), `GET /webchat.js`
 * (the vendored Web Chat bundle) and `GET /privacy` (what we keep, how long, how to erase it).
 * The chat page talks to the local Direct Line when LOCAL_DIRECT_LINE is on, else it fetches a token
 * from POST /api/directline/token. It sends a `start` event with the campaign and language on connect.
 */
export function registerWebChatPage(server: Server, deps: WebChatPageDeps): void {
  const { config } = deps;
  const eta = new Eta({ views: TEMPLATES, autoEscape: true, cache: true });
  const bundle = new WebChatBundle(deps.bundlePath);
  if (!bundle.available()) deps.logger?.warn('The Web Chat bundle is missing; run `node scripts/fetch-webchat.mjs` (npm install does this).');
  // Compressing 3.9 MB takes about 450 ms of CPU: done once the server listens, never before it is ready.
  server.server.once('listening', () => {
    bundle.prepare().catch((error: unknown) => deps.logger?.warn({ err: error }, 'could not gzip the Web Chat bundle; it is served uncompressed'));
  });

  // The page texts and Web Chat styles depend only on the config and the language: built once, not per request.
  const vars: PageVars = { org: config.ORG_NAME, days: config.RETENTION_DAYS };
  const textsOf = (locale: Locale) =>
    Object.fromEntries(PAGE_KEYS.map((key) => [key, deps.prompts(locale, `page.${key}`, vars)])) as Record<(typeof PAGE_KEYS)[number], string>;
  const texts = Object.fromEntries(LOCALES.map((locale) => [locale, textsOf(locale)])) as Record<Locale, ReturnType<typeof textsOf>>;
  const styleOptions = webChatStyleOptions(config);

  const brand = {
    org: config.ORG_NAME,
    logoUrl: config.BRAND_LOGO_URL,
    primary: config.BRAND_PRIMARY_COLOR,
    onPrimary: textOn(config.BRAND_PRIMARY_COLOR),
    accent: config.BRAND_ACCENT_COLOR,
    link: onWhite(config.BRAND_PRIMARY_COLOR),
    // A focus ring needs 3:1 against the white page.
    focus: onWhite(config.BRAND_PRIMARY_COLOR, 3),
    ink: INK,
  };

  const render = (res: Response, page: PageRequest, template: string, extra: Record<string, unknown>) => {
    const { locale, campaign } = page;
    const nonce = randomBytes(16).toString('base64');
    const html = eta.render(template, { locale, t: texts[locale], brand, nonce, privacyUrl: config.PRIVACY_URL, ...extra, campaign });
    res.header('Content-Type', 'text/html; charset=utf-8');
    res.header('Cache-Control', 'no-store');
    res.header('Content-Security-Policy', contentSecurityPolicy(config, nonce));
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    res.sendRaw(200, html);
  };

  server.get('/', async (req: Request, res: Response) => {
    const page = readPageRequest(req, config);
    const { locale, campaign } = page;
    const t = texts[locale];
    const chat = {
      local: config.LOCAL_DIRECT_LINE,
      domain: `${DIRECT_LINE_HOSTS[config.DIRECT_LINE_REGION]}/v3/directline`,
      start: campaign ? { campaign, locale } : { locale },
      webChatLocale: infoOf(locale).webChat,
      placeholder: t.placeholder,
      connectError: t.connectError,
      styleOptions,
    };
    render(res, page, './chat', {
      chatJson: scriptSafeJson(chat),
      bundleUrl: `/webchat.js?v=${bundle.version() ?? 'missing'}`,
    });
  });

  server.get('/privacy', async (req: Request, res: Response) => {
    const ownPrivacyPage = config.PRIVACY_URL === `${config.BOT_PUBLIC_URL}/privacy`;
    render(res, readPageRequest(req, config), './privacy', { policyUrl: ownPrivacyPage ? undefined : config.PRIVACY_URL });
  });

  server.get('/webchat.js', async (req: Request, res: Response) => bundle.serve(req, res));
}

/** JSON that is safe inside a <script> element: no '<', so no '</script>' can end it early. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
