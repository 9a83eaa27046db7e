import { DEFAULT_LOCALE, LOCALES } from './content/locales.js';
import { z } from 'zod';

/**
 * Every environment variable the bot reads, validated in one place.
 * `.env.example` documents each one; `loadConfig` is the only reader of `process.env`.
 */

const int = (fallback: number, min: number, max: number) =>
  z.coerce
    .number({ message: 'expected a whole number' })
    .int({ message: 'expected a whole number' })
    .min(min, { message: `expected a whole number of at least ${min}` })
    .max(max, { message: `expected a whole number of at most ${max}` })
    .default(fallback);

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const optionalUrl = optionalText.pipe(z.url({ message: 'expected a full URL such as https://example.nl/path' }).optional());

const list = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean));

const colour = (fallback: string) =>
  optionalText.pipe(z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'expected a colour like #1f5f8b' }).default(fallback));

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test'], { message: 'expected development, production or test' }).default('development'),
    PORT: int(3978, 0, 65535),
    HOST: z.string().default('0.0.0.0'),
    BOT_PUBLIC_URL: optionalUrl,
    // Signs and encrypts picture URLs; set the same value on every instance.
    URL_SECRET: optionalText.pipe(z.string().min(32, { message: 'expected a random text of at least 32 characters' }).optional()),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'expected fatal, error, warn, info, debug, trace or silent' }).default('info'),

    // Bot Framework authentication; empty means local use only.
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { message: 'expected MultiTenant, SingleTenant or UserAssignedMSI' }).default('MultiTenant'),
    MicrosoftAppTenantId: optionalText,

    // Who offers the bot, and how the page looks.
    ORG_NAME: z.string().min(1, { message: 'expected the name of the organisation' }).default('Welzijn Lindeveen'),
    PRIVACY_URL: optionalUrl,
    DEFAULT_LOCALE: z.enum(LOCALES, { message: `expected one of ${LOCALES.join(', ')} (prompts/locales.json)` }).default(DEFAULT_LOCALE),
    BRAND_PRIMARY_COLOR: colour('#1d5b79'),
    BRAND_ACCENT_COLOR: colour('#f2a541'),
    BRAND_LOGO_URL: optionalUrl,

    // Storage.
    DATABASE_URL: optionalText.pipe(
      z.string().regex(/^postgres(ql)?:\/\//, { message: 'expected a postgres:// connection URL' }).optional(),
    ),
    DATABASE_POOL_SIZE: int(10, 1, 200),
    SQLITE_PATH: z.string().default('./data/spinnenweb.db'),
    // PostgreSQL time limits: a slow or unreachable database fails a turn kindly instead of hanging it.
    DATABASE_STATEMENT_TIMEOUT_MS: int(5000, 100, 120_000),
    DATABASE_CONNECT_TIMEOUT_MS: int(3000, 100, 60_000),
    DATABASE_LOCK_TIMEOUT_MS: int(30_000, 100, 600_000),
    DATABASE_IDLE_TIMEOUT_MS: int(30_000, 1000, 3_600_000),
    RETENTION_DAYS: int(30, 1, 3650),
    HANDOVER_RETENTION_DAYS: int(90, 1, 3650),

    // Understanding text.
    AZURE_LANGUAGE_ENDPOINT: optionalUrl,
    AZURE_LANGUAGE_KEY: optionalText,
    AZURE_LANGUAGE_TIMEOUT_MS: int(1500, 100, 30000),
    // A second opinion for the safety net; the offline detector always runs as well.
    AZURE_CONTENT_SAFETY_ENDPOINT: optionalUrl,
    AZURE_CONTENT_SAFETY_KEY: optionalText,
    AZURE_CONTENT_SAFETY_TIMEOUT_MS: int(1000, 100, 30000),
    AZURE_CONTENT_SAFETY_SELF_HARM_SEVERITY: int(2, 1, 7),
    AZURE_CONTENT_SAFETY_VIOLENCE_SEVERITY: int(4, 1, 7),

    // Safety: the regional out-of-hours GP service.
    HUISARTSENPOST_NAME: optionalText,
    HUISARTSENPOST_PHONE: optionalText.pipe(
      z.string().regex(/^(\+31|0)[0-9 -]{8,14}$/, { message: 'expected a Dutch phone number such as 088-1234567' }).optional(),
    ),

    // Channels.
    LOCAL_DIRECT_LINE: optionalText.pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' }).optional()),
    LOCAL_DIRECT_LINE_MAX_CONVERSATIONS: int(1000, 1, 1_000_000),
    DIRECT_LINE_SECRET: optionalText,
    DIRECT_LINE_REGION: z.enum(['global', 'europe'], { message: 'expected global or europe' }).default('europe'),
    DIRECT_LINE_TRUSTED_ORIGINS: list,

    // Activities.
    SOCIALMAP_FILE: z.string().default('./socialmap/lindeveen.csv'),
    // An activity whose `laatst_gecontroleerd` date is older than this is flagged on the insight page...
    SOCIALMAP_STALE_DAYS: int(365, 1, 3650),
    // ...and past this age it is no longer suggested to residents.
    SOCIALMAP_HIDE_AFTER_DAYS: int(730, 1, 3650),

    // Insight: the smallest group of residents a figure may show (the rule is ten; never fewer than five).
    INSIGHT_MIN_GROUP: int(10, 5, 1000),

    // Handover to a welfare worker.
    HANDOVER_ORGANISATION: optionalText,
    HANDOVER_RESPONSE_DAYS: int(3, 1, 30),
    HANDOVER_WALK_IN: optionalText,
    HANDOVER_WEBHOOK_URL: optionalUrl,
    // Channels where a message can reach the resident later, so "hier in de chat" is offered (Messenger within its window).
    HANDOVER_CHAT_CHANNELS: list,
    STAFF_SESSION_HOURS: int(8, 1, 72),

    // Telemetry: metrics and a trace per turn over OTLP/HTTP (JSON) to this collector; unset means nothing is sent.
    OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl,
    /** headers for the collector, `key1=value1,key2=value2` (an API key, say) */
    OTEL_EXPORTER_OTLP_HEADERS: z
      .string()
      .default('')
      .transform((v) => Object.fromEntries(v.split(',').map((p) => p.trim()).filter(Boolean).map((p) => [p.slice(0, p.indexOf('=')).trim(), p.slice(p.indexOf('=') + 1).trim()])))
      .refine((h) => Object.keys(h).every((k) => /^[A-Za-z0-9-]+$/.test(k)), { message: 'expected key1=value1,key2=value2' }),
    OTEL_SERVICE_NAME: z.string().min(1).default('spinnenweb'),
    // How often metrics (and waiting spans) are sent, in milliseconds.
    OTEL_METRIC_EXPORT_INTERVAL: int(60_000, 100, 3_600_000),

    // Load behaviour.
    MAX_CONCURRENT_TURNS: int(64, 1, 100_000),
    SHUTDOWN_TIMEOUT_MS: int(10_000, 0, 600_000),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production') {
      for (const key of ['MicrosoftAppId', 'MicrosoftAppPassword'] as const) {
        if (!c[key] && c.MicrosoftAppType !== 'UserAssignedMSI') {
          ctx.addIssue({ code: 'custom', path: [key], message: 'is required in production, because /api/messages is otherwise open to anyone' });
        }
      }
      if (!c.BOT_PUBLIC_URL?.startsWith('https://')) {
        ctx.addIssue({ code: 'custom', path: ['BOT_PUBLIC_URL'], message: 'expected the public https:// address of the bot in production' });
      }
      if (!c.URL_SECRET) {
        ctx.addIssue({ code: 'custom', path: ['URL_SECRET'], message: 'is required in production (at least 32 random characters, the same on every instance)' });
      }
      if (!c.HUISARTSENPOST_PHONE) {
        ctx.addIssue({ code: 'custom', path: ['HUISARTSENPOST_PHONE'], message: 'is required in production: the safety message shows the regional out-of-hours GP number' });
      }
    }
    if (Boolean(c.AZURE_LANGUAGE_ENDPOINT) !== Boolean(c.AZURE_LANGUAGE_KEY)) {
      ctx.addIssue({ code: 'custom', path: [c.AZURE_LANGUAGE_ENDPOINT ? 'AZURE_LANGUAGE_KEY' : 'AZURE_LANGUAGE_ENDPOINT'], message: 'expected both AZURE_LANGUAGE_ENDPOINT and AZURE_LANGUAGE_KEY, or neither' });
    }
    if (Boolean(c.AZURE_CONTENT_SAFETY_ENDPOINT) !== Boolean(c.AZURE_CONTENT_SAFETY_KEY)) {
      ctx.addIssue({ code: 'custom', path: [c.AZURE_CONTENT_SAFETY_ENDPOINT ? 'AZURE_CONTENT_SAFETY_KEY' : 'AZURE_CONTENT_SAFETY_ENDPOINT'], message: 'expected both AZURE_CONTENT_SAFETY_ENDPOINT and AZURE_CONTENT_SAFETY_KEY, or neither' });
    }
    if (c.MicrosoftAppType === 'SingleTenant' && !c.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required when MicrosoftAppType is SingleTenant' });
    }
  })
  .transform((c) => {
    const publicUrl = (c.BOT_PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, '');
    const production = c.NODE_ENV === 'production';
    return {
      ...c,
      BOT_PUBLIC_URL: publicUrl,
      PRIVACY_URL: c.PRIVACY_URL ?? `${publicUrl}/privacy`,
      HANDOVER_ORGANISATION: c.HANDOVER_ORGANISATION ?? c.ORG_NAME,
      HANDOVER_CHAT_CHANNELS: c.HANDOVER_CHAT_CHANNELS.length > 0 ? c.HANDOVER_CHAT_CHANNELS : ['webchat', 'directline', 'facebook', 'emulator'],
      LOCAL_DIRECT_LINE: c.LOCAL_DIRECT_LINE === undefined ? !production : ['true', '1', 'yes'].includes(c.LOCAL_DIRECT_LINE),
      production,
    };
  });

export type Config = z.output<typeof schema>;

/** Thrown when the environment holds a value the bot cannot start with; the message names each variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Validates an environment (by default `process.env`) and returns the typed config.
 * Throws a ConfigError whose message lists every wrong variable and what it expects.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `- ${issue.path.join('.') || '(config)'}: ${issue.message}`);
  throw new ConfigError(`The configuration cannot be used:\n${lines.join('\n')}\nSee .env.example for every variable and its meaning.`);
}
