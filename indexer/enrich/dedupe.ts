import type { EventDoc } from '../../src/domain/event.js';
import { words } from '../../src/domain/text.js';

/** Same event from two sources: titles alike, starts within 15 minutes, venues within 300 m (or same venue name). */
const START_WINDOW = 15 * 60;
const MAX_METRES = 300;
const MIN_TITLE_SIMILARITY = 0.5;

function metres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const x = (b.lng - a.lng) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.sqrt(x * x + y * y) * 6_371_000;
}

/** Share of the shorter title's words found in the other (stop-length words ignored). */
export function titleSimilarity(a: string, b: string): number {
  const wa = new Set(words(a).filter((w) => w.length > 2));
  const wb = new Set(words(b).filter((w) => w.length > 2));
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

function samePlace(a: EventDoc, b: EventDoc): boolean {
  if (a._geo && b._geo) return metres(a._geo, b._geo) <= MAX_METRES;
  return !!a.venue && !!b.venue && words(a.venue.name).join(' ') === words(b.venue.name).join(' ');
}

export function isSameEvent(a: EventDoc, b: EventDoc): boolean {
  return (
    a.source !== b.source &&
    a.kind === 'event' &&
    b.kind === 'event' &&
    Math.abs(a.startsAt - b.startsAt) <= START_WINDOW &&
    samePlace(a, b) &&
    titleSimilarity(a.title, b.title) >= MIN_TITLE_SIMILARITY
  );
}

/** How much a document tells a visitor; of two sources equally trusted, the richer copy is kept. */
function richness(d: EventDoc): number {
  return (
    d.descriptionText.length / 100 +
    (d.picture || d.image ? 3 : 0) + (d.url ? 2 : 0) + (d._geo ? 2 : 0) + (d.venue?.address ? 1 : 0) +
    (d.free !== null ? 1 : 0) + d.categories.length
  );
}

/** Source trust first, richness second: a long description never outranks the municipality's own copy. */
function keepFirst(a: EventDoc, b: EventDoc, priorityOf: (source: string) => number): [EventDoc, EventDoc] {
  const pa = priorityOf(a.source);
  const pb = priorityOf(b.source);
  if (pa !== pb) return pa > pb ? [a, b] : [b, a];
  return richness(a) >= richness(b) ? [a, b] : [b, a];
}

/**
 * Fills the kept document's empty fields from the other and lists both sources. The kept copy's title, link and
 * description are never replaced: a less trusted source can add facts, not take the event over.
 */
function merge(keep: EventDoc, other: EventDoc): EventDoc {
  // The English version comes whole from one copy, so its title and text always belong together.
  const english = keep.englishTitle || keep.englishText ? keep : other;
  return {
    ...keep,
    englishTitle: english.englishTitle,
    englishText: english.englishText,
    englishDescription: english.englishDescription,
    image: keep.image ?? other.image,
    picture: keep.picture ?? other.picture,
    url: keep.url ?? other.url,
    _geo: keep._geo ?? other._geo,
    free: keep.free ?? other.free,
    price: keep.price ?? other.price,
    // A calendar listing a club's match often names no organiser; the club's own copy does.
    organizer: keep.organizer ?? other.organizer,
    categories: [...new Set([...keep.categories, ...other.categories])],
    categoryLabels: [...new Set([...keep.categoryLabels, ...other.categoryLabels])],
    keywords: [...new Set([...keep.keywords, ...other.keywords])].slice(0, 400),
    textKeywords: [...new Set([...keep.textKeywords, ...other.textKeywords])].slice(0, 400),
    audience: [...new Set([...keep.audience, ...other.audience])],
    audienceWords: [...new Set([...keep.audienceWords, ...other.audienceWords])],
    sources: [...new Set([...keep.sources, ...other.sources])].sort(),
  };
}

/** A document as enrichment made it: no duplicate mark, no redirect (the key removed, so its hash is unchanged). */
function unmarked(d: EventDoc): EventDoc {
  if (!d.duplicate && d.mergedInto === undefined) return d;
  const { mergedInto: _redirect, ...rest } = d;
  return { ...rest, duplicate: false };
}

/**
 * Merges cross-source duplicates occurrence by occurrence: an occurrence another source also publishes (same event,
 * same time, same place) is shown once, from the copy of the more trusted source (`priorityOf`; the richer copy
 * between equals), with the other's gaps filled in and both sources listed; the other document is marked `duplicate`
 * (kept, hidden from search) with `mergedInto` naming the event shown instead. Occurrences only one source has are
 * untouched. Earlier marks are recomputed. `merged` counts the occurrences marked.
 */
export function dedupe(input: EventDoc[], priorityOf: (source: string) => number = () => 0): { docs: EventDoc[]; merged: number } {
  const docs = input.map(unmarked);
  const buckets = new Map<number, EventDoc[]>();
  for (const d of docs) {
    if (d.kind !== 'event') continue;
    const key = Math.floor(d.startsAt / START_WINDOW);
    buckets.set(key, [...(buckets.get(key) ?? []), d]);
  }
  const replacedBy = new Map<string, string>();
  for (const d of docs) {
    if (d.kind !== 'event' || replacedBy.has(d.id)) continue;
    const key = Math.floor(d.startsAt / START_WINDOW);
    for (const other of [key - 1, key, key + 1].flatMap((k) => buckets.get(k) ?? [])) {
      if (other.id === d.id || replacedBy.has(other.id) || !isSameEvent(d, other)) continue;
      const [keep, drop] = keepFirst(d, other, priorityOf);
      replacedBy.set(drop.id, keep.id);
      if (drop === d) break;
    }
  }
  if (replacedBy.size === 0) return { docs, merged: 0 };
  // Follow chains (a → b → c) to the occurrence that survives.
  const survivor = (id: string): string => {
    let cur = id;
    for (let hops = 0; replacedBy.has(cur) && hops < 50; hops++) cur = replacedBy.get(cur) as string;
    return cur;
  };
  const byId = new Map(docs.map((d) => [d.id, d]));
  const absorbed = new Map<string, EventDoc[]>();
  for (const d of docs) {
    if (!replacedBy.has(d.id)) continue;
    const keepId = survivor(d.id);
    absorbed.set(keepId, [...(absorbed.get(keepId) ?? []), d]);
  }
  const out = docs.map((d) =>
    replacedBy.has(d.id)
      ? { ...d, duplicate: true, mergedInto: byId.get(survivor(d.id))?.eventId ?? null }
      : (absorbed.get(d.id) ?? []).reduce(merge, d),
  );
  return { docs: out, merged: replacedBy.size };
}
