import type { SourceConfig } from '../../src/config/data-schemas.js';
import type { SourceAdapter } from './adapter.js';
import { icsAdapter } from './ics/index.js';

/** Adapters by source `type`. */
const ADAPTERS: Record<string, SourceAdapter> = {
  ics: icsAdapter,
};

export function adapterFor(source: SourceConfig): SourceAdapter {
  const adapter = ADAPTERS[source.type];
  if (!adapter) throw new Error(`no adapter for source type ${source.type}`);
  return adapter;
}
