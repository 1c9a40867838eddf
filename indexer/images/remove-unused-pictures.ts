import { readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { picturesDir } from '../../src/domain/pictures.js';
import type { Logger } from '../../src/logger.js';
import type { EventWriter } from '../../src/search/event-writer.js';
import { readJsonFile, writeJsonFile } from './json-file.js';
import { keepAllPicturesBecause, namedFiles, PICTURE_GRACE_SECONDS, type RunOutcome, type UnusedSince, unusedPictures } from './unused-pictures.js';

/*
 * After a run, the stored pictures no indexed document names are removed once the grace period has passed (the rule
 * is in unused-pictures.ts). The record of when each was first found unnamed lives beside them; the site serves only
 * picture names from that folder, never this file. Submission uploads (DATA_DIR/submission-images) are another
 * folder and never looked at here; their display widths are ordinary pictures, named by the submissions' documents.
 */

const SINCE_FILE = 'unused-since.json';
const sinceSchema = z.record(z.string(), z.number());
/** When the index was last read for the names in use (indexer clock, epoch seconds). */
const CHECKED_FILE = 'unused-checked.json';
const checkedSchema = z.object({ at: z.number() });
/**
 * Pictures wait days before they go, so looking once an hour loses nothing, and reading the names in use costs about
 * 2 s per 100 000 occurrences: the indexer runs every 15 minutes.
 */
const CHECK_EVERY_SECONDS = 3600;

export interface UnusedPicturesDeps {
  dataDir: string;
  writer: Pick<EventWriter, 'pictures' | 'count'>;
  logger: Logger;
  now: number;
  graceSeconds?: number;
}

export interface Removed {
  removed: number;
  bytes: number;
  /** Unnamed files still within their grace period. */
  waiting: number;
}

async function pictureFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
  // Regular files only: a link or a folder in there is not the indexer's.
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

/**
 * Every file name the index's documents name, or null when the documents read are not all of the index (one changed
 * while they were read). Only the picture field is read: whole documents took 5 s a run for 100 000.
 */
async function namedInIndex(writer: UnusedPicturesDeps['writer']): Promise<Set<string> | null> {
  const docs = await writer.pictures();
  return docs.length === (await writer.count()) ? namedFiles(docs) : null;
}

async function removeFile(dir: string, name: string): Promise<number> {
  const file = path.resolve(dir, name);
  // The names passed the picture-name pattern already; this keeps any other name from ever reaching unlink.
  if (path.dirname(file) !== path.resolve(dir)) throw new Error(`refusing to remove ${name}: not in ${dir}`);
  try {
    const { size } = await stat(file);
    await unlink(file);
    return size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw err;
  }
}

async function collect(deps: UnusedPicturesDeps, log: Logger): Promise<Removed | null> {
  const dir = picturesDir(deps.dataDir);
  const files = await pictureFiles(dir);
  if (files.length === 0) return { removed: 0, bytes: 0, waiting: 0 };
  const checkedFile = path.join(dir, CHECKED_FILE);
  const checked = await readJsonFile(checkedFile, checkedSchema, null);
  // A clock set back (a test's, or a corrected one) must not stop the checks: only a recent check in the past counts.
  if (checked && deps.now >= checked.at && deps.now - checked.at < CHECK_EVERY_SECONDS) return null;
  const named = await namedInIndex(deps.writer);
  if (!named) {
    log.warn('unused pictures kept: the documents read are not all of the index');
    return null;
  }
  const sinceFile = path.join(dir, SINCE_FILE);
  // Missing or broken: every unnamed file starts its grace period again, which only delays removal.
  const since: UnusedSince = await readJsonFile(sinceFile, sinceSchema, {});
  const graceSeconds = deps.graceSeconds ?? PICTURE_GRACE_SECONDS;
  const decision = unusedPictures({ files, named, since, now: deps.now, graceSeconds });
  let bytes = 0;
  for (const name of decision.remove) bytes += await removeFile(dir, name);
  await writeJsonFile(sinceFile, decision.since);
  await writeJsonFile(checkedFile, { at: deps.now });
  return { removed: decision.remove.length, bytes, waiting: Object.keys(decision.since).length };
}

/**
 * Removes the pictures no document has named for the grace period, after a full run in which every source was
 * applied; otherwise removes nothing and says why. Never throws: a failure here costs disk space, not the run.
 */
export async function removeUnusedPictures(deps: UnusedPicturesDeps, run: RunOutcome): Promise<Removed | null> {
  const log = deps.logger.child({ module: 'pictures' });
  const reason = keepAllPicturesBecause(run);
  if (reason) {
    log.info({ reason }, 'unused pictures kept this run');
    return null;
  }
  const started = Date.now();
  try {
    const result = await collect(deps, log);
    if (result) log.info({ ...result, durationMs: Date.now() - started }, 'unused pictures removed');
    return result;
  } catch (err) {
    log.warn({ reason: (err as Error).message.slice(0, 200) }, 'unused pictures not removed');
    return null;
  }
}
