/**
 * Folds text for word-list lookups: lowercase, accents removed ("geïrriteerd" -> "geirriteerd"),
 * emoji variation selectors dropped. Shared by sentiment and language detection so both read words alike.
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`]/g, "'");
}

const TOKEN = /[:;]'?-?[()d]|\p{Extended_Pictographic}|[\p{L}\p{N}']+/gu;

/**
 * Splits folded text into words, emoji and text emoticons; apostrophes inside words are dropped
 * so "don't" and "dont" are the same token.
 */
export function tokenize(folded: string): string[] {
  return (folded.match(TOKEN) ?? []).map((t) => (/[\p{L}\p{N}]/u.test(t) && !/^[:;]/.test(t) ? t.replace(/'/g, '') : t)).filter((t) => t !== '');
}
