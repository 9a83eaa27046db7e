import { readFileSync } from 'node:fs';
import { createReplyReader, replyWordsSchema, type ReplyReader } from '../language/choices.js';

/** Loads `prompts/replies.json` (the words for yes, no and "not sure") into the one reader of typed replies. */
export function loadReplyReader(file: string, sameButton?: (title: string) => readonly string[]): ReplyReader {
  const parsed = replyWordsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return createReplyReader(parsed.data, sameButton);
}
