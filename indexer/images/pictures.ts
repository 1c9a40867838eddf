import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { AppConfig } from '../../src/config/app-schema.js';
import { type Picture, pictureSchema } from '../../src/domain/event.js';
import { picturesDir } from '../../src/domain/pictures.js';
import type { Logger } from '../../src/logger.js';
import { fetchImage } from './fetch-image.js';
import { isStored, storeImage } from './image-store.js';
import { readJsonFile, writeJsonFile } from './json-file.js';

/*
 * The indexer's image step: each feed image URL is fetched once, stored in a few widths under DATA_DIR/images and
 * remembered in a manifest, so later runs reuse it (again after `refreshDays`; a failed one after a day). A failure
 * never loses a picture stored before.
 */

const entrySchema = z.object({ picture: pictureSchema.nullable(), checkedAt: z.number(), error: z.string().optional() });
const manifestSchema = z.record(z.string(), entrySchema);
type Manifest = z.infer<typeof manifestSchema>;

const DAY = 86_400;
/** Manifest entries of images no feed has named for this long are forgotten. */
const FORGET_AFTER_DAYS = 60;
const CONCURRENCY = 3;

async function writeManifest(file: string, manifest: Manifest, now: number): Promise<void> {
  await writeJsonFile(file, Object.fromEntries(Object.entries(manifest).filter(([, e]) => now - e.checkedAt < FORGET_AFTER_DAYS * DAY)));
}

export interface PictureContext {
  app: Pick<AppConfig, 'dataDir' | 'images'> & { indexer: Pick<AppConfig['indexer'], 'fetch'> };
  /** The folder local feeds are in (file: images must be inside it); null for none. */
  localRoot: string | null;
  now: number;
  logger?: Logger;
}

/** The stored picture for each image URL (null when it could not be fetched or read). */
export async function resolvePictures(urls: readonly string[], ctx: PictureContext): Promise<Map<string, Picture | null>> {
  const { app, now } = ctx;
  const dir = picturesDir(app.dataDir);
  await mkdir(dir, { recursive: true });
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest: Manifest = await readJsonFile(manifestFile, manifestSchema, {});
  const out = new Map<string, Picture | null>();
  const queue = [...new Set(urls)];
  let changed = false;
  const work = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const known = manifest[url];
      const maxAge = (known?.picture ? app.images.refreshDays : 1) * DAY;
      if (known && now - known.checkedAt < maxAge && (!known.picture || (await isStored(dir, known.picture)))) {
        out.set(url, known.picture);
        continue;
      }
      changed = true;
      try {
        const bytes = await fetchImage(url, { ...app.images, localRoot: ctx.localRoot, userAgent: app.indexer.fetch.userAgent });
        const picture = await storeImage(bytes, dir, app.images.widths, url);
        manifest[url] = { picture, checkedAt: now };
      } catch (err) {
        // Keep what was stored before: a feed server down for a day must not cost the events their pictures.
        const kept = known?.picture && (await isStored(dir, known.picture)) ? known.picture : null;
        manifest[url] = { picture: kept, checkedAt: now, error: (err as Error).message.slice(0, 300) };
        ctx.logger?.warn({ code: (err as { code?: string }).code, reason: (err as Error).message.slice(0, 200) }, 'image not stored');
      }
      out.set(url, manifest[url]?.picture ?? null);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, work));
  if (changed) await writeManifest(manifestFile, manifest, now);
  return out;
}
