import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../paths.js';

/**
 * The languages the bot speaks are data: `prompts/locales.json` lists them, with a folder `prompts/<code>/` for
 * each. The type follows the file, so adding a language there makes the compiler name every table that still
 * lacks it (interest words, redaction placeholders, ...).
 */
export type Locale = keyof (typeof import('../../prompts/locales.json', { with: { type: 'json' } }))['locales'];

const localeInfo = z.object({
  /** BCP 47 tag for numbers and dates and the page's `lang` */
  tag: z.string().min(2),
  /** the language Web Chat shows its own texts in */
  webChat: z.string().min(2),
  /** the voice to read messages aloud with */
  speech: z.string().min(2),
  /** the code Azure AI Language answers with */
  azure: z.string().min(2),
});
export type LocaleInfo = z.infer<typeof localeInfo>;

const localesFile = z.object({
  defaultLocale: z.string(),
  locales: z.record(z.string().regex(/^[a-z]{2,3}$/), localeInfo).refine((l) => Object.keys(l).length > 0, 'no languages'),
});

const file = join(PROJECT_ROOT, 'prompts', 'locales.json');
const parsed = localesFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
const table = parsed.data.locales;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(table, value);
}

/** The languages the bot speaks, in the order of prompts/locales.json. */
export const LOCALES: readonly [Locale, ...Locale[]] = (() => {
  const codes = Object.keys(table).filter(isLocale);
  const [first, ...rest] = codes;
  if (!first || codes.length !== Object.keys(table).length) throw new Error(`${file}: a language there has no type; restart the build`);
  return [first, ...rest];
})();

/** The language of a resident the bot knows nothing about yet, unless DEFAULT_LOCALE says otherwise. */
export const DEFAULT_LOCALE: Locale = isLocale(parsed.data.defaultLocale) ? parsed.data.defaultLocale : LOCALES[0];

/** Tags and codes of a language for the page, the voice and Azure. */
export function infoOf(locale: Locale): LocaleInfo {
  const info = table[locale];
  if (!info) throw new Error(`no entry for ${locale} in ${file}`);
  return info;
}

/** The language whose Azure AI Language code this is, if the bot speaks it. */
export function localeOfAzureCode(code: string): Locale | undefined {
  return LOCALES.find((locale) => infoOf(locale).azure === code);
}

/** The next language in the list, round the end: what "taal" switches to. */
export function nextLocale(locale: Locale): Locale {
  return LOCALES[(LOCALES.indexOf(locale) + 1) % LOCALES.length] ?? LOCALES[0];
}
