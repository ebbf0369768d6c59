import { parse } from 'csv-parse/sync';
import readXlsx from 'read-excel-file/node';
import { BatchFileError } from './batch-file-error.ts';

/** One data line of the file: its line number as a spreadsheet shows it, and its cells as text. */
export interface TableLine {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface Table {
  readonly format: 'csv' | 'xlsx';
  /** The CSV delimiter found (`;` in Dutch Excel exports), reused for the result file. */
  readonly delimiter: string;
  readonly headers: readonly string[];
  readonly lines: readonly TableLine[];
  /** The sheet read, for XLSX. */
  readonly sheet?: string;
}

export interface ReadLimits {
  readonly maxBytes: number;
  readonly maxRows: number;
  /** XLSX sheet name or 1-based number; default the first sheet. */
  readonly sheet?: string;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const DELIMITERS = [';', ',', '\t', '|'] as const;

/** Reads a CSV or XLSX upload into header + lines, or throws a `BatchFileError` that says why. */
export async function readTable(bytes: Uint8Array, fileName: string, limits: ReadLimits): Promise<Table> {
  if (bytes.byteLength === 0) throw new BatchFileError('empty');
  if (bytes.byteLength > limits.maxBytes) throw new BatchFileError('too_large', { max: limits.maxBytes });
  const zip = ZIP_MAGIC.every((byte, i) => bytes[i] === byte);
  if (zip || /\.xlsx$/i.test(fileName)) return readSpreadsheet(bytes, zip, limits);
  if (/\.(xls|ods|numbers)$/i.test(fileName)) throw new BatchFileError('unsupported_type');
  return readCsv(decodeText(bytes), limits);
}

/**
 * Excel on Windows still writes CSV in Windows-1252 unless told otherwise; a file that is not valid
 * UTF-8 is read as Windows-1252 (a superset of Latin-1), so `Hoofdstraat ’s-Gravenweg` survives both.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The delimiter that splits the header line into the most fields, outside quotes. */
export function sniffDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    let count = 0;
    let quoted = false;
    for (const char of firstLine) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && char === delimiter) count++;
    }
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

function readCsv(text: string, limits: ReadLimits): Table {
  const delimiter = sniffDelimiter(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      // One extra so "too many rows" is known without reading a huge file to the end.
      to: limits.maxRows + 2,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new BatchFileError('unreadable', {}, error);
  }
  return toTable(
    'csv',
    delimiter,
    records.map((r) => ({ line: r.info.lines, cells: r.record })),
    limits,
  );
}

async function readSpreadsheet(bytes: Uint8Array, zip: boolean, limits: ReadLimits): Promise<Table> {
  if (!zip) throw new BatchFileError('unreadable');
  let sheets: Awaited<ReturnType<typeof readXlsx>>;
  try {
    sheets = await readXlsx(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw new BatchFileError('unreadable', {}, error);
  }
  const wanted = limits.sheet;
  const sheet =
    wanted === undefined
      ? sheets[0]
      : (sheets.find((s) => s.sheet.toLowerCase() === wanted.toLowerCase()) ??
        (/^\d+$/.test(wanted) ? sheets[Number(wanted) - 1] : undefined));
  if (!sheet) {
    throw new BatchFileError('sheet_not_found', {
      sheet: wanted ?? '1',
      sheets: sheets.map((s) => s.sheet).join(', '),
    });
  }
  const lines = sheet.data
    .map((row, index) => ({ line: index + 1, cells: row.map(cellText) }))
    .filter((row) => row.cells.some((cell) => cell !== ''));
  return { ...toTable('xlsx', ',', lines, limits), sheet: sheet.sheet };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

function toTable(format: Table['format'], delimiter: string, all: TableLine[], limits: ReadLimits): Table {
  const [header, ...lines] = all;
  if (!header) throw new BatchFileError('empty');
  if (lines.length === 0) throw new BatchFileError('no_rows');
  if (lines.length > limits.maxRows) throw new BatchFileError('too_many_rows', { max: limits.maxRows });
  return { format, delimiter, headers: header.cells, lines };
}
