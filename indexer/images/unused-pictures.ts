import type { Picture } from '../../src/domain/event.js';
import { PICTURE_FILE, pictureFileName } from '../../src/domain/pictures.js';
import type { SourceHealth } from '../../src/domain/source-health.js';

/*
 * Which stored picture files may go (pure: data and `now` in, a decision out). A file goes once no indexed document
 * has named it for `graceSeconds`, counted from the first run that found it unnamed: pages, kiosk screens, embeds and
 * API answers served before may still point at it for a while. Only names the indexer writes are ever considered, so
 * the manifest, temp files and anything an operator put there stay.
 */

/** A week: longer than any page, feed or API answer is cached, and than a kiosk screen runs without reloading. */
export const PICTURE_GRACE_SECONDS = 7 * 86_400;

/** File name → epoch seconds of the first run that found no document naming it. */
export type UnusedSince = Record<string, number>;

export interface UnusedInput {
  /** Names of the files in the picture folder. */
  files: readonly string[];
  /** File names the indexed documents name (see `namedFiles`). */
  named: ReadonlySet<string>;
  /** What earlier runs found unnamed. */
  since: UnusedSince;
  now: number;
  graceSeconds: number;
}

export interface UnusedDecision {
  remove: string[];
  /** The record for the next run: unnamed files that stay, with the time they were first found so. */
  since: UnusedSince;
}

/** The file names of every width of every picture the documents carry. */
export function namedFiles(docs: Iterable<{ picture: Pick<Picture, 'key' | 'widths'> | null }>): Set<string> {
  const names = new Set<string>();
  for (const { picture } of docs) if (picture) for (const w of picture.widths) names.add(pictureFileName(picture.key, w));
  return names;
}

/** Files unnamed for at least the grace period go; newly unnamed ones start theirs; named ones leave the record. */
export function unusedPictures(input: UnusedInput): UnusedDecision {
  const remove: string[] = [];
  const since: UnusedSince = {};
  for (const name of input.files) {
    if (!PICTURE_FILE.test(name) || input.named.has(name)) continue;
    const first = input.since[name] ?? input.now;
    if (input.now - first >= input.graceSeconds) remove.push(name);
    else since[name] = first;
  }
  return { remove, since };
}

export interface RunOutcome {
  /** The sources file could be read (an unreadable one keeps every source's documents). */
  validated: boolean;
  /** Only some sources were read (a submission published at once). */
  partial: boolean;
  health: readonly Pick<SourceHealth, 'id' | 'ok'>[];
}

/**
 * Why this run may not remove pictures, or null when it may: only after a full run in which every source was
 * applied. A failed or held source keeps its last good documents, and a later run may bring back what it named.
 */
export function keepAllPicturesBecause(run: RunOutcome): string | null {
  if (!run.validated) return 'the sources file could not be read';
  if (run.partial) return 'only some sources were read';
  const failed = run.health.filter((h) => !h.ok).map((h) => h.id);
  return failed.length > 0 ? `sources not applied this run: ${failed.join(', ')}` : null;
}
