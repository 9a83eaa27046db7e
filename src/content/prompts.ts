import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { z } from 'zod';
import { LOCALES, type Locale } from '../health/dimensions.js';

/**
 * Values the sentences may use, e.g. `{org}` in "Deze chat is van {org}.", `{days, plural, one {# dag} other {# dagen}}`
 * or `{score, number}` (written "7,5" in Dutch and "7.5" in English: number formats come with the language).
 */
export type PromptVars = Record<string, string | number | Date>;

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

/** The names of every value a message uses, also inside plural and select branches. */
function argumentsOf(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      argumentsOf(element.children, into);
      continue;
    }
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

function flatten(prefix: string, node: Tree, out: Map<string, string>): void {
  for (const [key, value] of Object.entries(node)) {
    const path = `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else flatten(path, value, out);
  }
}

/** The value names of a message, sorted; throws a PromptsError naming the key when the message is not valid ICU. */
function placeholders(key: string, text: string): string[] {
  try {
    return [...argumentsOf(parse(text))].sort();
  } catch (error) {
    throw new PromptsError(`Prompt "${key}" is not a valid message (${error instanceof Error ? error.message : String(error)}); see ICU MessageFormat`);
  }
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

  // Compiled the first time a sentence is said, then kept: most prompts are said often, some never.
  // A sentence without placeholders always formats to the same text: it is formatted once, when first said.
  const compiled = new Map<string, { format: IntlMessageFormat; names: readonly string[]; constant?: string }>();
  const lookup = (locale: Locale, key: string) => {
    const id = `${locale}:${key}`;
    let message = compiled.get(id);
    if (!message) {
      const text = byLocale.get(locale)?.get(key);
      if (text === undefined) throw new PromptsError(`No prompt "${key}" for locale ${locale}: add it to prompts/${locale}/${key.split('.')[0]}.json`);
      message = { format: new IntlMessageFormat(text, locale), names: placeholders(key, text) };
      compiled.set(id, message);
    }
    return message;
  };

  return {
    t(locale, key, vars = {}) {
      const message = lookup(locale, key);
      if (message.constant !== undefined) return message.constant;
      const { format, names } = message;
      for (const name of names) if (vars[name] === undefined) throw new PromptsError(`Prompt "${key}" needs a value for {${name}}`);
      const text = format.format(vars);
      if (typeof text !== 'string') throw new PromptsError(`Prompt "${key}" must format to text`);
      if (names.length === 0) message.constant = text;
      return text;
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
      if (other === undefined) continue;
      const mine = placeholders(key, text);
      const theirs = placeholders(key, other);
      if (mine.join() !== theirs.join()) problems.push(`"${key}" uses {${mine.join('}, {')}} in ${first} but {${theirs.join('}, {')}} in ${locale}`);
    }
  }
  if (problems.length > 0) throw new PromptsError(`The prompt files do not match:\n- ${problems.join('\n- ')}`);
}
