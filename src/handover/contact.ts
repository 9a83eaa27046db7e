import { z } from 'zod';

/** Separators people type inside a phone number: spaces, dashes, dots, slashes and brackets. */
const SEPARATORS = /[\s\-./()]/g;

/**
 * Reads a Dutch phone number as a resident types it (06-12345678, 06 1234 5678, +31 6 12345678,
 * 0031 6 12345678, +31 (0)6 12345678, 020-1234567, 0715123456) and returns it as +31 followed by
 * nine digits, so a welfare worker always sees one format. Returns undefined for anything else,
 * including foreign numbers, so the dialog can ask again.
 */
export function validatePhone(text: string): string | undefined {
  const trimmed = text.trim();
  if (!/^\+?[0-9\s\-./()]+$/.test(trimmed)) return undefined;
  // "+31 (0)6": the bracketed trunk zero is a common way to write a Dutch number for abroad.
  const compact = trimmed.replace(/^(\+31|0031)\s*\(0\)/, '$1').replace(SEPARATORS, '');
  let national: string;
  if (compact.startsWith('+31')) national = compact.slice(3);
  else if (compact.startsWith('0031')) national = compact.slice(4);
  else if (compact.startsWith('0')) national = compact.slice(1);
  else return undefined;
  // Dutch numbers are nine digits after the country code; the first is never a zero.
  if (!/^[1-9][0-9]{8}$/.test(national)) return undefined;
  return `+31${national}`;
}

const emailSchema = z.email();

/**
 * Checks an e-mail address a resident typed and returns it trimmed and in lower case (with a leading
 * "mailto:" removed), or undefined when it is not a usable address.
 */
export function validateEmail(text: string): string | undefined {
  const candidate = text.trim().replace(/^mailto:/i, '').toLowerCase();
  if (candidate.length > 254) return undefined;
  return emailSchema.safeParse(candidate).success ? candidate : undefined;
}
