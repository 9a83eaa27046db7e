/**
 * Checksums that tell a real IBAN or BSN from an arbitrary row of digits, so that
 * redaction removes personal numbers without eating ordinary ones.
 */

/** True when `value` (spaces allowed, any case) passes the ISO 13616 mod-97 check. */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const digits = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1;
}

/** True when `value` is nine digits (separators allowed) that pass the Dutch "elfproef" for a BSN. */
export function isValidBsn(value: string): boolean {
  const digits = value.replace(/[\s.]/g, '');
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}
