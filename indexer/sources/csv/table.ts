import { parse } from 'csv-parse/sync';
import type { Reject } from '../../../src/domain/source-event.js';

/** One data row: its cells by normalised header name, and the line it started on (for rejects). */
export interface Row {
  line: number;
  cells: Record<string, string>;
}

/** A spreadsheet read into rows, plus the rows that could not be read. */
export interface Table {
  header: string[];
  rows: Row[];
  rejects: Reject[];
}

/** The delimiter the header line uses more of, ";" (Swedish Excel) or "," (everything else). */
export function detectDelimiter(text: string): ';' | ',' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Parse CSV text into rows keyed by `normalise(header cell)`.
 * Tolerant on purpose: stray quotes inside cells, short rows (Excel drops trailing empty cells) and blank lines are
 * accepted; a row with more cells than the header (an unquoted delimiter shifted its columns) and unreadable
 * records are rejects, and the rest of the file still counts.
 */
export function readTable(text: string, delimiter: ';' | ',', normalise: (h: string) => string): Table {
  const rejects: Reject[] = [];
  const records = parse(text, {
    delimiter,
    bom: true,
    info: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      rejects.push({ ref: `line ${err?.lines ?? '?'}`, reason: `unreadable CSV record: ${err?.message ?? 'unknown error'}` });
    },
  }) as unknown as Array<{ info: { lines: number }; record: string[] }>;
  const [head, ...body] = records;
  const header = (head?.record ?? []).map(normalise);
  const rows: Row[] = [];
  for (const { info, record } of body) {
    if (record.every((c) => c.trim() === '')) continue;
    if (record.length > header.length) {
      rejects.push({ ref: `line ${info.lines}`, reason: `${record.length} cells but the header has ${header.length}` });
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      cells[name] = (record[i] ?? '').trim();
    });
    rows.push({ line: info.lines, cells });
  }
  return { header, rows, rejects };
}
