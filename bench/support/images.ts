import sharp from 'sharp';
import type { SyntheticEvent } from './synthetic.js';

/*
 * Pictures for the synthetic feeds, served without DNS: this machine has no internet, and a name that does not
 * resolve sometimes costs its resolver's 5-second timeout, which measured the sandbox instead of the indexer. Feeds
 * reuse few pictures (a venue's, an organiser's), so a small set of distinct images stands for all of them: the
 * indexer fetches and resizes each once and finds the rest in its manifest.
 */

/** How many distinct pictures the synthetic events share. */
export const BENCH_IMAGES = 24;

/** Small JPEGs of different colours (800×600), the bytes of picture `n` at index n. */
export async function benchImages(count = BENCH_IMAGES): Promise<Buffer[]> {
  return Promise.all(
    Array.from({ length: count }, (_, n) =>
      sharp({ create: { width: 800, height: 600, channels: 3, background: { r: (n * 67) % 256, g: (n * 131) % 256, b: (n * 29) % 256 } } })
        .jpeg({ quality: 80 })
        .toBuffer(),
    ),
  );
}

/** The events with each picture at `urlOf(n)`, one of `count` distinct ones (events without a picture keep none). */
export function withBenchImages(events: SyntheticEvent[], urlOf: (n: number) => string, count = BENCH_IMAGES): SyntheticEvent[] {
  return events.map((e, i) => (e.image ? { ...e, image: urlOf(i % count) } : e));
}
