import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Database } from '../../../src/store/database.js';
import { publishedImages } from '../../../src/store/images-repo.js';
import { publishedSubmissions } from '../../../src/store/submissions-repo.js';
import { AppError } from '../../../src/errors.js';
import type { FetchedDocument } from '../adapter.js';
import type { SubmissionsDocument } from './parse.js';

/*
 * The `submissions` source's "fetch": approved submissions read from the database (public fields only; the query
 * never selects contact columns), and their pictures written beside as files, so the indexer's image step stores and
 * serves them like any local feed's images.
 */

/** Where approved submissions' pictures are written for the image step; only this source's images may come from it. */
export function submissionImagesDir(dataDir: string): string {
  return path.join(dataDir, 'submission-images');
}

const FILE = /^([a-f0-9]{64})\.webp$/;

async function syncImages(db: Database, dir: string, wanted: Set<string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  const present = new Set((await readdir(dir)).map((f) => FILE.exec(f)?.[1]).filter((s): s is string => !!s));
  for (const image of await publishedImages(db, [...present])) {
    const file = path.join(dir, `${image.sha256}.webp`);
    await writeFile(`${file}.tmp`, image.bytes);
    await rename(`${file}.tmp`, file);
  }
  // A withdrawn or replaced picture leaves this folder; the image step forgets it in time (indexer/images/).
  for (const sha of present) if (!wanted.has(sha)) await rm(path.join(dir, `${sha}.webp`), { force: true });
}

export async function readSubmissionsDocument(database: Database | null, dataDir: string): Promise<{ docs: FetchedDocument[]; localRoot: string }> {
  if (!database) throw new AppError('DATABASE_UNAVAILABLE', 'no database open in this process (with PGlite only the server reads submissions; its own indexer publishes them)');
  const published = await publishedSubmissions(database);
  const dir = submissionImagesDir(dataDir);
  await syncImages(database, dir, new Set(published.flatMap((p) => (p.imageSha ? [p.imageSha] : []))));
  const body: SubmissionsDocument = {
    submissions: published.map((p) => ({
      publicId: p.publicId,
      event: p.event,
      image: p.imageSha ? pathToFileURL(path.join(dir, `${p.imageSha}.webp`)).href : null,
      updatedAt: p.updatedAt,
    })),
  };
  const url = pathToFileURL(path.join(dir, 'submissions.json')).href;
  return { docs: [{ url, body: new TextEncoder().encode(JSON.stringify(body)), contentType: 'application/json' }], localRoot: dir };
}
