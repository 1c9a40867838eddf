import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import type { StoredImage } from '../store/images-repo.js';

/*
 * An organiser's picture as the site keeps it: decoded by sharp (a file that is not a JPEG, PNG or WebP image is
 * refused, whatever its name or declared type), turned upright, at most 2000 px wide, re-encoded as WebP. Re-encoding
 * drops every metadata block (EXIF with GPS position and camera serial, XMP, ICC comments): sharp copies none unless
 * asked. The indexer later makes the site's display widths from this copy (indexer/images/).
 */

const ACCEPTED = new Set(['jpeg', 'png', 'webp']);
/** A decompression bomb (a small file of huge dimensions) stops here. */
const MAX_PIXELS = 50_000_000;
const MAX_WIDTH = 2000;
const QUALITY = 82;

export type UploadProblem = 'tooLarge' | 'notImage' | 'tooSmall';

export class UploadRefused extends Error {
  constructor(readonly problem: UploadProblem) {
    super(`image refused: ${problem}`);
  }
}

export async function normaliseUpload(bytes: Buffer, maxBytes: number): Promise<StoredImage> {
  if (bytes.length > maxBytes) throw new UploadRefused('tooLarge');
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
  } catch {
    throw new UploadRefused('notImage');
  }
  if (!meta.format || !ACCEPTED.has(meta.format) || !meta.width || !meta.height) throw new UploadRefused('notImage');
  if (meta.width < 200 || meta.height < 100) throw new UploadRefused('tooSmall');
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_PIXELS })
      .rotate()
      .resize({ width: MAX_WIDTH, withoutEnlargement: true })
      .webp({ quality: QUALITY })
      .toBuffer({ resolveWithObject: true });
    return { sha256: createHash('sha256').update(data).digest('hex'), bytes: data, width: info.width, height: info.height };
  } catch {
    // A truncated or corrupt file can pass the header check and fail when decoded.
    throw new UploadRefused('notImage');
  }
}
