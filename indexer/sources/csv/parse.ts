import type { CsvSourceConfig } from '../../../src/config/source-types/csv.js';
import type { ParseContext, ParseResult } from '../../../src/domain/source-event.js';
import type { FetchedDocument } from '../adapter.js';
import { decodeWindows1252 } from '../common/cp1252.js';
import { decodeText } from '../common/decode.js';
import { ResultCollector, unreadable } from '../common/result.js';
import { CBIS_REQUIRED, mapCbisRow } from './cbis.js';
import { fieldOf, normaliseHeader } from './columns.js';
import { detectDelimiter, readTable, type Row, type Table } from './table.js';
import { mapUpptackRow, type UpptackCells } from './upptack.js';

function refOf(row: Row, title: string | undefined): string {
  return title ? `line ${row.line} (${title})` : `line ${row.line}`;
}

/** Rows of the `upptack` profile, keyed by documented field; the first column naming a field wins. */
function upptackCells(row: Row): UpptackCells {
  const cells: UpptackCells = {};
  for (const [header, value] of Object.entries(row.cells)) {
    const field = fieldOf(header);
    if (field && cells[field] === undefined) cells[field] = value;
  }
  return cells;
}

function parseUpptack(table: Table, source: CsvSourceConfig, ctx: ParseContext, url: string): ParseResult {
  if (!table.header.some((h) => fieldOf(h) === 'title')) {
    return unreadable(url, 'no title column (expected "titel" or "title" in the first row)');
  }
  const out = new ResultCollector();
  out.rejects.push(...table.rejects);
  for (const row of table.rows) {
    const cells = upptackCells(row);
    out.addOutcome(mapUpptackRow(cells, source.defaults.kind ?? 'event', ctx.defaultTimeZone, url), refOf(row, cells.title));
  }
  return out.result();
}

function parseCbis(table: Table, ctx: ParseContext, url: string): ParseResult {
  const missing = CBIS_REQUIRED.filter((h) => !table.header.includes(h));
  if (missing.length > 0) return unreadable(url, `not a CBIS export: no ${missing.join(', ')} column`);
  const out = new ResultCollector();
  out.rejects.push(...table.rejects);
  for (const row of table.rows) {
    out.addOutcome(mapCbisRow(row.cells, ctx.now, ctx.defaultTimeZone, url), refOf(row, row.cells.name));
  }
  return out.result();
}

/** UTF-8 when valid (BOM or not) unless told otherwise, else Windows-1252 — what Swedish Excel saves. */
function decodeCsv(body: Uint8Array, encoding: CsvSourceConfig['options']['encoding']): string {
  if (encoding !== 'windows-1252') {
    const utf8 = decodeText(body, 'utf-8');
    if (!utf8.fallback || encoding === 'utf-8') return utf8.text;
  }
  return decodeWindows1252(body);
}

/** Parse a spreadsheet export: decode (UTF-8 or Windows-1252), split (";" or ","), then map by profile. */
export function parseCsv(doc: FetchedDocument, source: CsvSourceConfig, ctx: ParseContext): ParseResult {
  const { options } = source;
  const text = decodeCsv(doc.body, options.encoding);
  if (text.trim() === '') return unreadable(doc.url, 'empty document');
  if (text.includes('\u0000')) return unreadable(doc.url, 'binary content, not CSV (an .xlsx file saved under a .csv name?)');
  const delimiter = options.delimiter === 'auto' ? detectDelimiter(text) : options.delimiter;
  const table = readTable(text, delimiter, normaliseHeader);
  return options.profile === 'cbis' ? parseCbis(table, ctx, doc.url) : parseUpptack(table, source, ctx, doc.url);
}
