import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for each other when read aloud or typed: no 0/O and no 1/I. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * A new random reference such as "K7P-42Q": short enough to read over the phone, with about a billion
 * possible values so clashes are rare (createRequest retries when one happens).
 */
export function newReference(): string {
  const pick = () => ALPHABET[randomInt(ALPHABET.length)]!;
  const part = () => pick() + pick() + pick();
  return `${part()}-${part()}`;
}

/**
 * Turns what a resident typed ("k7p 42q", "K7P42Q") into the stored form "K7P-42Q",
 * or undefined when it cannot be a reference.
 */
export function normalizeReference(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== 6) return undefined;
  for (const c of compact) if (!ALPHABET.includes(c)) return undefined;
  return `${compact.slice(0, 3)}-${compact.slice(3)}`;
}
