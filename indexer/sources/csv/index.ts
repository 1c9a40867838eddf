import type { CsvSourceConfig } from '../../../src/config/source-types/csv.js';
import type { SourceAdapter } from '../adapter.js';
import { parseCsv } from './parse.js';

/** Spreadsheets: the documented `upptack` columns for associations, or a Citybreak (CBIS) product export. */
export const csvAdapter: SourceAdapter<CsvSourceConfig> = {
  type: 'csv',
  parse: parseCsv,
};
