import type { SourceConfig } from '../../src/config/data-schemas.js';
import type { SourceAdapter } from './adapter.js';
import { csvAdapter } from './csv/index.js';
import { icsAdapter } from './ics/index.js';
import { jsonAdapter } from './json/index.js';
import { jsonldAdapter } from './jsonld/index.js';
import { submissionsAdapter } from './submissions/index.js';

/** Adapters by source `type`. */
const ADAPTERS: Record<string, SourceAdapter> = {
  ics: icsAdapter,
  jsonld: jsonldAdapter as SourceAdapter,
  json: jsonAdapter as SourceAdapter,
  csv: csvAdapter as SourceAdapter,
  submissions: submissionsAdapter as SourceAdapter,
};

export function adapterFor(source: SourceConfig): SourceAdapter {
  const adapter = ADAPTERS[source.type];
  if (!adapter) throw new Error(`no adapter for source type ${source.type}`);
  return adapter;
}
