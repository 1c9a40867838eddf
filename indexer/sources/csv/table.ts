import { parse } from 'csv-parse/sync';
import type { Reject } from '../../../src/domain/source-event.js';
import { AppError } from '../../../src/errors.js';

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
 * records are rejects, and the rest of the file still counts. A file that ends inside a quoted field is not read at
 * all (FEED_PARSE_FAILED): it was cut off, and everything after the cut would otherwise look deleted.
 */
export function readTable(text: string, delimiter: ';' | ',', normalise: (h: string) => string): Table {
  const rejects: Reject[] = [];
  let cutAt: number | null = null;
  const records = parse(text, {
    delimiter,
    bom: true,
    info: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      // CASE: a transfer cut inside a quoted description (16 events became 5, reported as OK).
      if (err?.code === 'CSV_QUOTE_NOT_CLOSED') cutAt = Number(err.lines ?? 0);
      else rejects.push({ ref: `line ${err?.lines ?? '?'}`, reason: `unreadable CSV record: ${err?.message ?? 'unknown error'}` });
    },
  }) as unknown as Array<{ info: { lines: number }; record: string[] }>;
  if (cutAt !== null) throw new AppError('FEED_PARSE_FAILED', `truncated: the file ends inside a quoted field (line ${cutAt})`);
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
