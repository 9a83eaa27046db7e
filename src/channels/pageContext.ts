import type { Request } from 'restify';
import type { Config } from '../config.js';
import type { Locale } from '../health/dimensions.js';
import { parseCampaign, parseLocale } from './events.js';

/** What a page request asks for: the language and the campaign it came from. */
export interface PageRequest {
  locale: Locale;
  campaign?: string;
}

/**
 * Reads `?lang=` (else the browser's Accept-Language, else the configured default) and a valid
 * `?campaign=`. Works with or without restify's queryParser.
 */
export function readPageRequest(req: Request, config: Config): PageRequest {
  const query = new URL(req.url ?? '/', 'http://page').searchParams;
  const locale = parseLocale(query.get('lang')) ?? fromAcceptLanguage(req.headers['accept-language']) ?? config.DEFAULT_LOCALE;
  const campaign = parseCampaign(query.get('campaign'));
  return campaign ? { locale, campaign } : { locale };
}

/** The first language in an Accept-Language header that the bot speaks. */
export function fromAcceptLanguage(header: string | string[] | undefined): Locale | undefined {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const ranked = text
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag ?? '', q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    const locale = parseLocale(entry.tag);
    if (locale) return locale;
  }
  return undefined;
}

/** The Content-Security-Policy of the chat pages: our own script with a nonce, Direct Line, and framing only by trusted sites. */
export function contentSecurityPolicy(config: Config, nonce: string): string {
  const host = config.DIRECT_LINE_REGION === 'europe' ? 'europe.directline.botframework.com' : 'directline.botframework.com';
  const connect = config.LOCAL_DIRECT_LINE ? ["'self'"] : ["'self'", `https://${host}`, `wss://${host}`];
  const frameAncestors = ["'self'", ...config.DIRECT_LINE_TRUSTED_ORIGINS.filter((o) => /^https?:\/\/[^\s;,']+$/.test(o))];
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    // Web Chat writes its styles at run time.
    "style-src 'self' 'unsafe-inline'",
    // The spider-web picture comes from BOT_PUBLIC_URL, which may be another origin than the page (localhost vs 127.0.0.1).
    `img-src 'self' ${new URL(config.BOT_PUBLIC_URL).origin} data: blob: https:`,
    "font-src 'self' data:",
    "media-src 'self' blob: https:",
    `connect-src ${connect.join(' ')}`,
    `frame-ancestors ${frameAncestors.join(' ')}`,
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}
