import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { infoOf } from '../content/locales.js';
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
import { FORGET_BROWSER_EVENT } from './presenter.js';
import { PROJECT_ROOT } from '../paths.js';
import { DIMENSIONS, type Dimension } from '../health/dimensions.js';
import { reflect } from '../health/reflection.js';
import { activityText, type Activity } from '../socialmap/model.js';
import type { TakeHomeBox } from './takehome.js';

/** Values a page text may use, such as `{org}` and `{days}`. */
export type PageVars = Record<string, string | number>;

export interface WebChatPageDeps {
  config: Config;
  /** a page text by key (`page.title`, ...), e.g. `(locale, key, vars) => prompts.t(locale, key, vars)` */
  prompts: (locale: Locale, key: string, vars?: PageVars) => string;
  logger?: Logger;
  /** the Web Chat bundle; defaults to vendor/webchat/webchat.js */
  bundlePath?: string;
  /** the printable take-home page at /takehome/<token>; off without it */
  takeHome?: {
    box: TakeHomeBox;
    /** the path of the spider-web picture, as for the chat */
    pictureUrl(scores: Partial<Record<Dimension, number>>, locale: Locale, earlier?: Partial<Record<Dimension, number>>): string;
    activities(): readonly Activity[];
    /** how many days a take-home link works */
    days: number;
  };
}

const TEMPLATES = join(PROJECT_ROOT, 'src/channels/templates');

/** The texts each page uses, from prompts/<locale>/page.json. */
const PAGE_KEYS = [
  'title', 'skipToChat', 'heading', 'intro', 'chatLabel', 'placeholder', 'loading', 'noscript', 'connectError',
  'privacyLink', 'privacyTitle', 'privacyStored', 'privacyNoName', 'privacyRetention', 'privacyConsent',
  'privacyErase', 'privacyContact', 'privacyPolicy', 'backToChat', 'privacyBrowser', 'reconnecting', 'reconnected',
  'readAloud', 'stopReading', 'textSize', 'textSmaller', 'textLarger', 'enlargePicture', 'closePicture',
  'takeHomeTitle', 'takeHomeActivities', 'takeHomePrint', 'takeHomeGone',
] as const;

/** The page's own script (src/channels/assets/chat.js), read once; its hash makes the URL change with it. */
const CHAT_SCRIPT = readFileSync(join(PROJECT_ROOT, 'src/channels/assets/chat.js'));
const CHAT_SCRIPT_VERSION = createHash('sha256').update(CHAT_SCRIPT).digest('base64url').slice(0, 12);

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

  const render = (res: Response, page: PageRequest, template: string, extra: Record<string, unknown>, status = 200) => {
    const { locale, campaign } = page;
    const nonce = randomBytes(16).toString('base64');
    const html = eta.render(template, { locale, t: texts[locale], brand, nonce, privacyUrl: config.PRIVACY_URL, ...extra, campaign });
    res.header('Content-Type', 'text/html; charset=utf-8');
    res.header('Cache-Control', 'no-store');
    res.header('Content-Security-Policy', contentSecurityPolicy(config, nonce));
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    res.sendRaw(status, html);
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
      speechLang: infoOf(locale).speech,
      forgetEvent: FORGET_BROWSER_EVENT,
      placeholder: t.placeholder,
      connectError: t.connectError,
      texts: {
        reconnecting: t.reconnecting, reconnected: t.reconnected, readAloud: t.readAloud, stopReading: t.stopReading,
        enlargePicture: t.enlargePicture,
      },
      styleOptions,
    };
    render(res, page, './chat', {
      chatJson: scriptSafeJson(chat),
      bundleUrl: `/webchat.js?v=${bundle.version() ?? 'missing'}`,
      scriptUrl: `/chat.js?v=${CHAT_SCRIPT_VERSION}`,
    });
  });

  server.get('/chat.js', async (_req: Request, res: Response) => {
    res.writeHead(200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Content-Length': CHAT_SCRIPT.length,
      'Cache-Control': 'public, max-age=86400',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(CHAT_SCRIPT);
  });

  server.get('/privacy', async (req: Request, res: Response) => {
    const ownPrivacyPage = config.PRIVACY_URL === `${config.BOT_PUBLIC_URL}/privacy`;
    render(res, readPageRequest(req, config), './privacy', { policyUrl: ownPrivacyPage ? undefined : config.PRIVACY_URL });
  });

  const takeHome = deps.takeHome;
  if (takeHome) {
    // A wildcard, not ':token': the router refuses parameters longer than 100 characters.
    server.get('/takehome/*', async (req: Request, res: Response) => {
      const token = new URL(req.url ?? '', 'http://local').pathname.slice('/takehome/'.length);
      const opened = takeHome.box.open(token, Date.now());
      const page = readPageRequest(req, config);
      if (!opened) {
        render(res, page, './takehome', { home: undefined }, 404);
        return;
      }
      const { locale } = opened;
      const t = (key: string, values?: PageVars) => deps.prompts(locale, key, { ...vars, ...values });
      const dimension = (d: Dimension) => t(`dimensions.${d}`);
      const reflection = reflect(opened.scores);
      const catalogue = new Map(takeHome.activities().map((a) => [a.id, a]));
      const scoreLines = (scores: Partial<Record<Dimension, number>>) =>
        DIMENSIONS.map((d) => { const v = scores[d]; return v === undefined ? t('reflection.pictureAltSkipped', { dimension: dimension(d) }) : t('reflection.pictureAltLine', { dimension: dimension(d), score: v }); }).join(' ');
      const home = {
        intro: t('page.takeHomeIntro', { date: opened.issuedAt }),
        pictureUrl: takeHome.pictureUrl(opened.scores, locale, opened.earlier),
        pictureAlt: t('reflection.pictureAlt', { lines: scoreLines(opened.scores) }) + (opened.earlier ? ` ${t('reflection.pictureAltEarlier', { lines: scoreLines(opened.earlier) })}` : ''),
        strengthsHeading: t('reflection.strengthsIntro').replace(/:$/, ''),
        strengths: reflection.strengths.map((d) => t('page.takeHomeScore', { dimension: dimension(d), score: opened.scores[d] ?? 0 })),
        noStrengths: t('reflection.noStrengths'),
        activities: opened.activityIds.flatMap((id) => {
          const activity = catalogue.get(id);
          return activity ? [activityDetails(activity, locale, t)] : [];
        }),
        reference: opened.reference ? t('page.takeHomeReference', { reference: opened.reference }) : undefined,
        later: t('page.takeHomeLater', { days: takeHome.days }),
      };
      render(res, { ...page, locale }, './takehome', { home });
    });
  }

  server.get('/webchat.js', async (req: Request, res: Response) => bundle.serve(req, res));
}

/** An activity as the take-home page lists it: what, when, where, what it costs, and how to reach the organiser. */
function activityDetails(a: Activity, locale: Locale, t: (key: string, values?: PageVars) => string): { title: string; lines: string[]; url?: string } {
  const text = activityText(a, locale);
  const days = a.schedule.kind === 'weekly' ? a.schedule.byday.map((d) => t(`suggestions.day.${d}`)) : [];
  const dayList = days.length > 1 ? `${days.slice(0, -1).join(', ')} ${t('suggestions.or')} ${days.at(-1) ?? ''}` : days.join('');
  const lines = [
    text.description,
    a.schedule.kind === 'weekly' ? t('suggestions.when.weekly', { days: dayList, opensAt: a.schedule.opensAt, closesAt: a.schedule.closesAt }) : t('suggestions.when.appointment'),
    t('suggestions.where', { address: a.location.address, neighbourhood: a.location.neighbourhood }),
    a.cost.kind === 'amount' ? t('suggestions.cost.amount', { euros: a.cost.euros }) : t(`suggestions.cost.${a.cost.kind}`),
    a.organisation.name,
  ];
  if (a.contact.phone) lines.push(t('suggestions.contact.phone', { phone: a.contact.phone }));
  if (a.contact.email) lines.push(t('suggestions.contact.email', { email: a.contact.email }));
  return { title: text.title, lines, ...(a.contact.url && { url: a.contact.url }) };
}

/** JSON that is safe inside a <script> element: no '<', so no '</script>' can end it early. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
