import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { foldText } from '../language/text.js';

/** What a resident can say at any moment, or as a shortcut inside a question. */
export const COMMANDS = [
  'erase', 'myData', 'stop', 'helpNow', 'help', 'restart', 'language', 'person', 'status', 'answer',
  'continue', 'skip', 'back', 'explain', 'mark', 'yes', 'no',
] as const;
export type Command = (typeof COMMANDS)[number];

const fileSchema = z.object({
  ...(Object.fromEntries(COMMANDS.map((c) => [c, z.array(z.string().min(1)).min(1)])) as Record<Command, z.ZodArray<z.ZodString>>),
  /** per command, words beside which its phrase inside a longer message is what the message is about, not the command ("u mag mijn gegevens doorgeven") */
  notWith: z.partialRecord(z.enum(COMMANDS), z.array(z.string().min(1))).default({}),
});

/** Lower case, no accents, no punctuation, single spaces: how typed text is compared. */
export function normalise(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Recognises commands in typed text. */
export interface CommandReader {
  /** The first command (in COMMANDS order) the text expresses, among `allowed`. */
  read(text: string, allowed?: readonly Command[]): Command | undefined;
}

/** Loads `prompts/commands.json`; phrases of two or more words also match inside a longer message. */
export function loadCommands(file: string): CommandReader {
  const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const phrases = COMMANDS.map((command) => ({
    command,
    whole: new Set(parsed.data[command].map(normalise)),
    inside: parsed.data[command].map(normalise).filter((p) => p.includes(' ')).map((p) => ` ${p} `),
    notWith: (parsed.data.notWith[command] ?? []).map((w) => ` ${normalise(w)} `),
  }));
  return {
    read(text, allowed = COMMANDS) {
      const plain = normalise(text);
      if (!plain) return undefined;
      const padded = ` ${plain} `;
      for (const { command, whole, inside, notWith } of phrases) {
        if (!allowed.includes(command)) continue;
        if (whole.has(plain) || (inside.some((p) => padded.includes(p)) && !notWith.some((w) => padded.includes(w)))) return command;
      }
      return undefined;
    },
  };
}
