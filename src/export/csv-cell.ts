// One CSV cell and one CSV row: RFC 4180 quoting plus the OWASP formula-injection rule.
// https://www.rfc-editor.org/rfc/rfc4180 · https://owasp.org/www-community/attacks/CSV_Injection

/**
 * Characters that make a spreadsheet read a cell as a formula or a command.
 * e.g. `=HYPERLINK("http://evil","click")`, `+cmd|' /C calc'!A0`, `@SUM(1)`; tab and CR
 * because Excel strips them and then sees the `=` behind them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefix a cell that a spreadsheet would run as a formula with `'` (shown as text, not run). */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Quote a cell when it holds a comma, a quote or a line break; quotes inside are doubled. */
export function quoteCsvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Cells → one CSV record with its CRLF line end; every cell made formula-safe, then quoted. */
export function toCsvRow(cells: readonly string[]): string {
  return `${cells.map((cell) => quoteCsvCell(neutralizeFormula(cell))).join(",")}\r\n`;
}
