import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { checkRows } from './address-rows.ts';
import { isBatchFileError } from './batch-file-error.ts';
import { findAddressColumns } from './columns.ts';
import { readTable } from './read-table.ts';
import { safeCell } from './safe-cell.ts';

const limits = { maxRows: 100, maxBytes: 100_000 };

async function problemOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return isBatchFileError(error) ? error.problem : String(error);
  }
}

describe('readTable', () => {
  it('reads a Dutch Excel CSV: ";" delimiter, Windows-1252, quoted fields, line numbers', async () => {
    // "Kerkstraat é" in Windows-1252 (0xE9), not valid UTF-8.
    const text = 'Postcode;Huisnummer;Opmerking\r\n1071AA;28;"Kerkstraat \xe9; hoek"\r\n\r\n2511AB;10;x\r\n';
    const table = await readTable(Buffer.from(text, 'latin1'), 'lijst.csv', limits);
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['Postcode', 'Huisnummer', 'Opmerking']);
    expect(table.lines.map((l) => l.line)).toEqual([2, 4]);
    expect(table.lines[0]?.cells[2]).toBe('Kerkstraat é; hoek');
  });

  it('reads UTF-8 with a BOM and commas', async () => {
    const table = await readTable(Buffer.from('\ufeffpostcode,number\n1071AA,28\n', 'utf8'), 'a.csv', limits);
    expect(table.headers).toEqual(['postcode', 'number']);
  });

  it('reads an XLSX sheet by name and says which sheets exist when it is missing', async () => {
    const xlsx = await writeXlsxFile(
      [
        [{ value: 'postcode' }, { value: 'huisnummer' }],
        [{ value: '1071AA' }, { value: 28 }],
      ],
      { sheet: 'Portefeuille' },
    ).toBuffer();
    const table = await readTable(xlsx, 'book.xlsx', { ...limits, sheet: 'portefeuille' });
    expect(table.lines[0]?.cells).toEqual(['1071AA', '28']);
    await expect(readTable(xlsx, 'book.xlsx', { ...limits, sheet: 'Blad2' })).rejects.toMatchObject({
      problem: 'sheet_not_found',
      params: { sheets: 'Portefeuille' },
    });
  });

  it('refuses empty, header-only, too large, too long and unreadable files', async () => {
    expect(await problemOf(readTable(new Uint8Array(), 'a.csv', limits))).toBe('empty');
    expect(await problemOf(readTable(Buffer.from('postcode;huisnummer\n'), 'a.csv', limits))).toBe('no_rows');
    expect(await problemOf(readTable(Buffer.alloc(200_000, 65), 'a.csv', limits))).toBe('too_large');
    const long = `postcode;nr\n${'1071AA;1\n'.repeat(101)}`;
    expect(await problemOf(readTable(Buffer.from(long), 'a.csv', limits))).toBe('too_many_rows');
    expect(await problemOf(readTable(Buffer.from('not a zip'), 'a.xlsx', limits))).toBe('unreadable');
    expect(await problemOf(readTable(Buffer.from('x'), 'a.xls', limits))).toBe('unsupported_type');
  });
});

describe('address columns and rows', () => {
  it('recognises nl and en headers, letter and addition, or one address column', () => {
    expect(findAddressColumns(['Kenmerk', 'Post code', 'Huisnr.', 'Huisletter', 'Toevoeging'])).toEqual({
      kind: 'parts',
      postcode: 1,
      number: 2,
      letter: 3,
      addition: 4,
    });
    expect(findAddressColumns(['House number', 'ZIP', 'Addition'])).toMatchObject({
      postcode: 1,
      number: 0,
      addition: 2,
    });
    expect(findAddressColumns(['Adres'])).toEqual({ kind: 'single', address: 0 });
    expect(() => findAddressColumns(['naam', 'plaats'])).toThrow(/no_address_columns/);
  });

  it('dedupes however the address is typed, and names the problem of each bad line', async () => {
    const columns = findAddressColumns(['postcode', 'huisnummer', 'huisletter', 'toevoeging']);
    const rows = await checkRows(
      [
        { line: 2, cells: ['1017CE', '101', 'A', '02'] },
        { line: 3, cells: ['1017 ce', '101', '', 'a02'] },
        { line: 4, cells: ['1005AB', '1', '', ''] },
        { line: 5, cells: ['1071AA', '', '', ''] },
        { line: 6, cells: ['ABCDEF', '1', '', ''] },
      ],
      columns,
    );
    expect(rows.distinct.map((d) => d.key)).toEqual(['1017CE 101-A02']);
    expect(rows.lines.filter((l) => !l.ok)).toEqual([
      { line: 4, ok: false, reason: 'usage.address.postcodeReserved' },
      { line: 5, ok: false, reason: 'usage.address.housenumberMissing' },
      { line: 6, ok: false, reason: 'usage.address.postcodeFormat' },
    ]);
    const single = await checkRows([{ line: 2, cells: ['Damrak 1 Amsterdam'] }], {
      kind: 'single',
      address: 0,
    });
    expect(single.lines[0]).toMatchObject({ ok: false, reason: 'batch.row.needsPostcode' });
  });
});

it('neutralises formulas in text cells but leaves numbers alone', () => {
  expect(safeCell('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
  expect(safeCell('+31 6 1234')).toBe(`'+31 6 1234`);
  expect(safeCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
  expect(safeCell('-2+3')).toBe(`'-2+3`);
  expect(safeCell('-12.5')).toBe('-12.5');
  expect(safeCell('Kerkstraat 1')).toBe('Kerkstraat 1');
});
