/**
 * One table as CSV (RFC 4180, semicolon-separated for Dutch spreadsheets, with a byte order mark so Excel reads
 * UTF-8). A cell that starts with = + - @ gets a leading apostrophe, so a spreadsheet never runs it as a formula.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number) => {
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text)) text = `'${text}`;
    return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
