import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/*
 * Editors' confirmations of held source drops (the drop guard): DATA_DIR/drop-confirmations.json maps a source id to
 * when an editor last confirmed it. The web process (admin action) and `npm run indexer -- --confirm` write it; the
 * indexer only reads it, so the two never overwrite each other's writes to indexer-state.json.
 */

function confirmationsFile(dataDir: string): string {
  return path.join(dataDir, 'drop-confirmations.json');
}

/** Source id → epoch seconds of the latest confirmation. */
export async function readConfirmations(dataDir: string): Promise<Record<string, number>> {
  try {
    const parsed = JSON.parse(await readFile(confirmationsFile(dataDir), 'utf8')) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, number] => typeof e[1] === 'number'));
  } catch {
    return {};
  }
}

/** Records that an editor accepts what `sourceId` yields now; the next indexer run applies it. */
export async function confirmDrop(dataDir: string, sourceId: string, now: number): Promise<void> {
  const file = confirmationsFile(dataDir);
  const next = { ...(await readConfirmations(dataDir)), [sourceId]: now };
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(next, null, 2));
  await rename(tmp, file);
}
