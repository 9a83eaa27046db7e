import { z } from 'zod';
import { foldText } from './text.js';

/** What a choice looks like to the reader: its id, the title on the button, and whether it is the question's yes or no. */
export interface ReadableChoice {
  id: string;
  title: string;
  means?: 'yes' | 'no';
}

/** The words that say yes, no or "I am not sure", and polite words that change nothing; all languages together. */
export const replyWordsSchema = z.object({
  yes: z.array(z.string().min(1)).min(1),
  no: z.array(z.string().min(1)).min(1),
  unsure: z.array(z.string().min(1)).min(1),
  polite: z.array(z.string().min(1)),
});
export type ReplyWords = z.infer<typeof replyWordsSchema>;

/** A typed answer to a yes/no question: clearly yes, clearly no, or anything else (then the question is asked again). */
export type YesNo = 'yes' | 'no' | 'unclear';

/** Reads what a resident typed where the bot offered buttons. */
export interface ReplyReader {
  /** The id of the button whose words the text is, or undefined: the resident typed something of their own. */
  choiceFor(text: string, choices: readonly ReadableChoice[]): string | undefined;
  /** Whether the text says yes or no; anything doubtful, mixed or asked back is 'unclear'. */
  yesNo(text: string): YesNo;
}

/** Longer texts are not button words; reading stops here so a pasted essay costs nothing. */
const MAX_REPLY_CHARS = 200;
/** A yes or no inside a longer message still counts, as long as the rest is short. */
const MAX_OTHER_WORDS = 8;

const PICTOGRAPH = /\p{Extended_Pictographic}/gu;

/** Lower case, no accents, emoji as words of their own, everything else but letters and digits as spaces. */
function words(text: string): string[] {
  return foldText(text.slice(0, MAX_REPLY_CHARS))
    .replace(/[\uFE0E\uFE0F\u200D\u{1F3FB}-\u{1F3FF}]/gu, '')
    .replace(PICTOGRAPH, ' $& ')
    .replace(/(?<=\p{L})'(?=\p{L})/gu, '')
    .replace(/[^\p{L}\p{N}\p{Extended_Pictographic}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
}

/** Damerau-Levenshtein distance, but only whether it is at most one: a single slip of the keyboard. */
function withinOneSlip(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // one letter changed, or two neighbours swapped
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

/** A phrase list as word sequences, longest first, so "nee hoor" wins over "nee". */
function phraseList(phrases: readonly string[]): string[][] {
  return [...new Set(phrases.map((p) => words(p).join(' ')))]
    .filter((p) => p !== '')
    .map((p) => p.split(' '))
    .sort((a, b) => b.length - a.length);
}

function startsWithAt(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > tokens.length) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k] !== phrase[k]) return false;
  return true;
}

/**
 * Builds the one reader of typed replies. A reply means a button when it is the button's title or id, or a
 * close variant of it: other capitals or accents, other punctuation, a missing comma, a polite word around it
 * ("graag", "please"), one slip of the keyboard, or the title without its leading yes or no ("beginnen" for
 * "Ja, beginnen"). Yes and no are read in their ordinary forms ("ja hoor", "doe maar", "nee liever niet").
 * Everything runs in time linear in the (bounded) text.
 */
export function createReplyReader(lexicon: ReplyWords): ReplyReader {
  const yes = phraseList(lexicon.yes);
  const no = phraseList(lexicon.no);
  const unsure = phraseList(lexicon.unsure);
  const polite = phraseList(lexicon.polite);
  const leadWords = new Set([...yes, ...no].filter((p) => p.length === 1).map((p) => p[0]!));

  /** The words without polite phrases at either end. */
  const core = (tokens: string[]): string[] => {
    let start = 0;
    let end = tokens.length;
    for (let changed = true; changed && end > start; ) {
      changed = false;
      for (const p of polite) {
        if (end - start > p.length && startsWithAt(tokens, start, p)) {
          start += p.length;
          changed = true;
        } else if (end - start > p.length && startsWithAt(tokens, end - p.length, p)) {
          end -= p.length;
          changed = true;
        }
      }
    }
    return tokens.slice(start, end);
  };

  const yesNo = (text: string): YesNo => {
    if (text.length > MAX_REPLY_CHARS) return 'unclear';
    const tokens = words(text);
    if (tokens.length === 0) return 'unclear';
    // A question back ("ok?", "wat gebeurt er dan?") is not an answer yet.
    const askedBack = /\?\s*$/.test(text) || (text.includes('?') && tokens.length > 2);
    let saysYes = 0;
    let saysNo = 0;
    let doubt = 0;
    let other = 0;
    for (let i = 0; i < tokens.length; ) {
      const hit = ([[unsure, 'doubt'], [yes, 'yes'], [no, 'no']] as const)
        .flatMap(([list, kind]) => list.filter((p) => startsWithAt(tokens, i, p)).map((p) => ({ p, kind })))
        .sort((a, b) => b.p.length - a.p.length)[0];
      if (!hit) {
        other++;
        i++;
        continue;
      }
      if (hit.kind === 'yes') saysYes++;
      else if (hit.kind === 'no') saysNo++;
      else doubt++;
      i += hit.p.length;
    }
    if (askedBack || doubt > 0 || other > MAX_OTHER_WORDS) return 'unclear';
    if (saysYes > 0 && saysNo === 0) return 'yes';
    if (saysNo > 0 && saysYes === 0) return 'no';
    return 'unclear';
  };

  return {
    yesNo,
    choiceFor(text, choices) {
      if (choices.length === 0 || text.length > MAX_REPLY_CHARS) return undefined;
      const typed = core(words(text));
      if (typed.length === 0) return undefined;
      const typedJoined = typed.join('');
      const forms = choices.map((choice) => {
        const title = words(choice.title);
        // "Ja, beginnen" may be typed as "beginnen": the title without its leading yes or no word.
        const rest = title.length > 1 && leadWords.has(title[0]!) ? title.slice(1).join('') : undefined;
        return { choice, full: [title.join(''), words(choice.id).join('')], rest };
      });
      const exact = forms.filter((f) => f.full.includes(typedJoined) || f.rest === typedJoined);
      if (exact.length === 1) return exact[0]!.choice.id;
      if (exact.length > 1) return undefined;
      // One slip of the keyboard, only for words long enough that a slip cannot turn one button into another.
      if (typedJoined.length >= 4) {
        const near = forms.filter((f) => f.full.some((form) => form.length >= 4 && withinOneSlip(form, typedJoined))
          || (f.rest !== undefined && f.rest.length >= 4 && withinOneSlip(f.rest, typedJoined)));
        if (near.length === 1) return near[0]!.choice.id;
      }
      return undefined;
    },
  };
}
