import type { Picture } from './event.js';

/*
 * Where stored pictures live and how they are named: the indexer writes `<DATA_DIR>/images/<key>-<width>.webp`,
 * the site serves the same name under /bilder/. One module, so the two never disagree.
 */

export const PICTURE_PATH = '/bilder';

export function picturesDir(dataDir: string): string {
  return `${dataDir.replace(/\/+$/, '')}/images`;
}

export function pictureFileName(key: string, width: number): string {
  return `${key}-${width}.webp`;
}

/** Only names the indexer writes: a hash and a width. */
export const PICTURE_FILE = /^[a-f0-9]{16}-\d{1,4}\.webp$/;

/** The URL of one width of a picture. */
export function pictureUrl(p: Pick<Picture, 'key'>, width: number): string {
  return `${PICTURE_PATH}/${pictureFileName(p.key, width)}`;
}

/** `srcset` for all stored widths. */
export function pictureSrcset(p: Pick<Picture, 'key' | 'widths'>): string {
  return p.widths.map((w) => `${pictureUrl(p, w)} ${w}w`).join(', ');
}
