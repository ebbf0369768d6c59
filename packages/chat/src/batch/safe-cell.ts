/**
 * Neutralises spreadsheet formulas in text cells (CSV injection, OWASP): a value that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, which Excel and
 * LibreOffice show as text. Plain numbers (`-12.5`) are left alone: they cannot run anything.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
export function safeCell(value: string): string {
  if (!/^[=+\-@\t\r]/.test(value)) return value;
  if (/^[+-]?\d+([.,]\d+)?$/.test(value)) return value;
  return `'${value}`;
}
