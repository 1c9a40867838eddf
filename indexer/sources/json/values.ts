import { type FeedTime, parseFeedTime } from '../common/datetime.js';
import { cleanText, splitList, uniqueTexts } from '../common/text.js';
import { englishEntry, isLangMap, type LangText, pickLanguage } from './multilingual.js';
import { select } from './pointer.js';

/** One path or several (first hit wins for single values; all are gathered for lists). */
export type FieldPath = string | string[];

type Scalar = string | number | boolean;

function pathsOf(paths: FieldPath | undefined): string[] {
  if (paths === undefined) return [];
  return Array.isArray(paths) ? paths : [paths];
}

/** A reached value as scalars: arrays are opened one level, language maps resolved to one language. */
function scalars(value: unknown, languages: readonly string[]): Array<{ value: Scalar; lang: string | null }> {
  if (Array.isArray(value)) return value.flatMap((v) => (Array.isArray(v) ? [] : scalars(v, languages)));
  if (isLangMap(value)) {
    const picked = pickLanguage(value, languages);
    return picked ? [{ value: picked.text, lang: picked.lang }] : [];
  }
  if (typeof value === 'string') return value.trim() === '' ? [] : [{ value, lang: null }];
  if (typeof value === 'number' || typeof value === 'boolean') return [{ value, lang: null }];
  return [];
}

/** The first non-empty value the paths reach, as the feed wrote it. */
export function firstValue(item: unknown, paths: FieldPath | undefined, languages: readonly string[]): { value: Scalar; lang: string | null } | null {
  for (const path of pathsOf(paths)) {
    for (const reached of select(item, path)) {
      const first = scalars(reached, languages)[0];
      if (first) return first;
    }
  }
  return null;
}

/** The first value as clean one-line text, with the language it was picked in. */
export function textOf(item: unknown, paths: FieldPath | undefined, languages: readonly string[]): LangText | null {
  const found = firstValue(item, paths, languages);
  const text = found && typeof found.value !== 'boolean' ? cleanText(found.value) : null;
  return text === null ? null : { text, lang: found?.lang ?? null };
}

/** Every value of every path, strings split on commas and pipes ("Koncert, Rock"), cleaned and de-duplicated. */
export function listOf(item: unknown, paths: FieldPath | undefined, languages: readonly string[]): string[] {
  const values = pathsOf(paths).flatMap((path) => select(item, path).flatMap((v) => scalars(v, languages)));
  return uniqueTexts(values.flatMap(({ value }) => (typeof value === 'string' ? splitList(value) : [])));
}

/**
 * The first English value the paths reach: a language map's "en" entry, or (with `plain`, for paths that name an
 * English field) a plain value. Never another language's text as a fallback.
 */
export function englishValue(item: unknown, paths: FieldPath | undefined, plain: boolean): string | null {
  for (const path of pathsOf(paths)) {
    for (const reached of select(item, path)) {
      const found = isLangMap(reached) ? englishEntry(reached) : plain && typeof reached === 'string' && reached.trim() !== '' ? reached : null;
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * A time: an ISO string (offset-less ones local in `timeZone`) or a number of epoch seconds — or milliseconds,
 * which some APIs send and which no event date in seconds would reach.
 */
export function toFeedTime(value: Scalar | null | undefined, timeZone: string): FeedTime | null {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    return { epoch: Math.floor(value > 1e11 ? value / 1000 : value), dateOnly: false };
  }
  return parseFeedTime(value, timeZone);
}
