import { stringify } from 'csv-stringify/sync';
import writeXlsxFile from 'write-excel-file/node';
import type { Translate } from '../i18n/translate.ts';
import type { ItemResult, StoredInput } from './batch-job-data.ts';
import { safeCell } from './safe-cell.ts';

/** The result as a grid: the input's own columns, the address read, the command's fields, an error column. */
export function resultGrid(
  input: StoredInput,
  results: ReadonlyMap<string, ItemResult>,
  t: Translate,
): { header: string[]; rows: string[][] } {
  const fieldNames: string[] = [];
  for (const result of results.values()) {
    if (!result.ok) continue;
    for (const [label] of result.fields) if (!fieldNames.includes(label)) fieldNames.push(label);
  }
  const width = Math.max(input.headers.length, ...input.lines.map((l) => l.cells.length));
  const own = Array.from({ length: width }, (_, i) => input.headers[i] ?? '');
  const header = [...own, t('batch.column.address'), ...fieldNames, t('batch.column.error')];
  const rows = input.lines.map((line) => {
    const cells = Array.from({ length: width }, (_, i) => line.cells[i] ?? '');
    const result = line.key === undefined ? undefined : results.get(line.key);
    const values = fieldNames.map((name) =>
      result?.ok ? (result.fields.find(([label]) => label === name)?.[1] ?? '') : '',
    );
    const error = line.reason ?? (result === undefined ? '' : result.ok ? '' : result.error);
    return [...cells, line.key ?? '', ...values, error];
  });
  return { header: header.map(safeCell), rows: rows.map((row) => row.map(safeCell)) };
}

/** CSV with the input's delimiter and a BOM, so Excel opens UTF-8 (`€`, `ë`) correctly. */
export function resultCsv(grid: { header: string[]; rows: string[][] }, delimiter: string): Buffer {
  const text = stringify([grid.header, ...grid.rows], { delimiter, bom: true, record_delimiter: 'windows' });
  return Buffer.from(text, 'utf8');
}

/** XLSX with every cell typed as text (never a formula), header bold. */
export async function resultXlsx(
  grid: { header: string[]; rows: string[][] },
  sheet: string,
): Promise<Buffer> {
  const data = [
    grid.header.map((value) => ({ value, type: String, fontWeight: 'bold' as const })),
    ...grid.rows.map((row) => row.map((value) => ({ value, type: String }))),
  ];
  return writeXlsxFile(data, { sheet: sheet.slice(0, 31) || 'results' }).toBuffer();
}
