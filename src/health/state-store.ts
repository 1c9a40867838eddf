import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IndexerState } from '../domain/source-health.js';

/** Source health lives in DATA_DIR/indexer-state.json, shared with the web process (compose mounts one volume). */
export function stateFile(dataDir: string): string {
  return path.join(dataDir, 'indexer-state.json');
}

export async function readState(dataDir: string): Promise<IndexerState> {
  try {
    const parsed = JSON.parse(await readFile(stateFile(dataDir), 'utf8')) as IndexerState;
    return { sources: parsed.sources ?? {}, lastRun: parsed.lastRun ?? null };
  } catch {
    return { sources: {}, lastRun: null };
  }
}

/** Written to a temporary file and renamed, so a reader never sees half a file. */
export async function writeState(dataDir: string, state: IndexerState): Promise<void> {
  const file = stateFile(dataDir);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(state, null, 2));
  await rename(tmp, file);
}
