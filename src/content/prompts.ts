import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LOCALES, type Locale } from '../health/dimensions.js';

/** Values the sentences may use, e.g. `{org}` in "Deze chat is van {org}." */
export type PromptVars = Record<string, string | number>;

/**
 * Every sentence the bot says, per locale. Keys are `<file>.<path>`, e.g. `welcome.greeting`
 * for `prompts/nl/welcome.json` → `{ "greeting": "..." }`.
 */
export interface Prompts {
  t(locale: Locale, key: string, vars?: PromptVars): string;
  has(locale: Locale, key: string): boolean;
  /** All keys of one locale, sorted; used by the content tests. */
  keys(locale: Locale): string[];
}

/** Thrown when a prompt file is missing, malformed, or out of step with the other locale. */
export class PromptsError extends Error {
  override readonly name = 'PromptsError';
}

type Tree = { [key: string]: string | Tree };
const tree: z.ZodType<Tree> = z.lazy(() => z.record(z.string(), z.union([z.string().min(1), tree])));

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9_]*)\}/g;

function flatten(prefix: string, node: Tree, out: Map<string, string>): void {
  for (const [key, value] of Object.entries(node)) {
    const path = `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else flatten(path, value, out);
  }
}

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

/** Reads `prompts/<locale>/*.json` for every locale and checks that the locales agree. */
export function loadPrompts(dir: string): Prompts {
  const byLocale = new Map<Locale, Map<string, string>>();
  for (const locale of LOCALES) {
    const entries = new Map<string, string>();
    const folder = join(dir, locale);
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
      const path = join(folder, file);
      const parsed = tree.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.success) {
        throw new PromptsError(`${path}: every value must be a non-empty text or a group of texts (${parsed.error.issues[0]?.path.join('.')})`);
      }
      flatten(file.replace(/\.json$/, ''), parsed.data, entries);
    }
    byLocale.set(locale, entries);
  }
  checkLocalesAgree(byLocale);

  const lookup = (locale: Locale, key: string): string => {
    const text = byLocale.get(locale)?.get(key);
    if (text === undefined) throw new PromptsError(`No prompt "${key}" for locale ${locale}: add it to prompts/${locale}/${key.split('.')[0]}.json`);
    return text;
  };

  return {
    t(locale, key, vars = {}) {
      return lookup(locale, key).replace(PLACEHOLDER, (_, name: string) => {
        const value = vars[name];
        if (value === undefined) throw new PromptsError(`Prompt "${key}" needs a value for {${name}}`);
        return String(value);
      });
    },
    has: (locale, key) => byLocale.get(locale)?.has(key) ?? false,
    keys: (locale) => [...(byLocale.get(locale)?.keys() ?? [])].sort(),
  };
}

function checkLocalesAgree(byLocale: Map<Locale, Map<string, string>>): void {
  const [first, ...others] = LOCALES;
  const reference = byLocale.get(first)!;
  const problems: string[] = [];
  for (const locale of others) {
    const entries = byLocale.get(locale)!;
    for (const key of reference.keys()) if (!entries.has(key)) problems.push(`"${key}" is missing in ${locale}`);
    for (const key of entries.keys()) if (!reference.has(key)) problems.push(`"${key}" is missing in ${first}`);
    for (const [key, text] of reference) {
      const other = entries.get(key);
      if (other !== undefined && placeholders(text).join() !== placeholders(other).join()) {
        problems.push(`"${key}" uses {${placeholders(text).join('}, {')}} in ${first} but {${placeholders(other).join('}, {')}} in ${locale}`);
      }
    }
  }
  if (problems.length > 0) throw new PromptsError(`The prompt files do not match:\n- ${problems.join('\n- ')}`);
}
