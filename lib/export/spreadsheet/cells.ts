/**
 * CSV/formula injection (OWASP "CSV Injection"): a spreadsheet program runs a
 * cell starting with = + - @ (or tab/CR) as a formula. Exported text cells that
 * start so get a leading apostrophe, which the import removes again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Reads an imported text cell. An apostrophe we added on export is dropped; a
 * cell that starts with "=" is a formula someone typed, and is refused rather
 * than stored, since the next export would hand it back to a spreadsheet program.
 */
export function unguardCell(text: string): { value: string; formula: boolean } {
  if (/^'[=+\-@\t\r]/.test(text)) return { value: text.slice(1), formula: false };
  return { value: text, formula: text.startsWith("=") };
}
