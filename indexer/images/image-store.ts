import { createHash } from 'node:crypto';
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import type { Picture } from '../../src/domain/event.js';
import { pictureFileName } from '../../src/domain/pictures.js';
import { AppError } from '../../src/errors.js';

/** Formats sharp must recognise in the bytes: a content type alone proves nothing. */
const DECODABLE = new Set(['jpeg', 'png', 'webp', 'gif', 'avif', 'heif']);
/** Far above any event photo; a decompression bomb (a tiny file of huge dimensions) stops here. */
const MAX_PIXELS = 40_000_000;
const QUALITY = 72;


async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** Every file of a stored picture is on disk (a data folder restored without its images needs them again). */
export async function isStored(dir: string, picture: Pick<Picture, 'key' | 'widths'>): Promise<boolean> {
  for (const w of picture.widths) if (!(await exists(path.join(dir, pictureFileName(picture.key, w))))) return false;
  return true;
}

/**
 * Decodes the bytes with sharp (anything that is not a raster image is refused) and writes one WebP per width, none
 * wider than the original, named by a hash of the bytes: the same image from two feeds is stored once, and a changed
 * image gets new names (the site serves them with a year's cache).
 */
export async function storeImage(bytes: Buffer, dir: string, widths: readonly number[], source: string): Promise<Picture> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
  } catch (err) {
    throw new AppError('IMAGE_REFUSED', `${source}: not a readable image (${(err as Error).message})`, { cause: err });
  }
  if (!meta.format || !DECODABLE.has(meta.format) || !meta.width || !meta.height) {
    throw new AppError('IMAGE_REFUSED', `${source}: not a raster image (${meta.format ?? 'unknown format'})`);
  }
  // EXIF orientations 5–8 are rotated a quarter turn: the shown width is the stored height.
  const turned = (meta.orientation ?? 1) >= 5;
  const width = turned ? meta.height : meta.width;
  const height = turned ? meta.width : meta.height;
  const sizes = [...new Set(widths.map((w) => Math.min(w, width)))].sort((a, b) => a - b);
  const key = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  await mkdir(dir, { recursive: true });
  for (const w of sizes) {
    const file = path.join(dir, pictureFileName(key, w));
    if (await exists(file)) continue;
    try {
      const out = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).rotate().resize({ width: w, withoutEnlargement: true }).webp({ quality: QUALITY }).toBuffer();
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, out);
      await rename(tmp, file);
    } catch (err) {
      throw new AppError('IMAGE_REFUSED', `${source}: cannot be converted (${(err as Error).message})`, { cause: err });
    }
  }
  return { key, widths: sizes, ratio: Math.round((width / height) * 1000) / 1000, alt: null };
}
