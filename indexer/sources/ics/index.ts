import type { SourceAdapter } from '../adapter.js';
import { parseIcs } from './parse.js';

export const icsAdapter: SourceAdapter = { type: 'ics', parse: parseIcs };
