/*
 * A feed's short "In English:" paragraph inside a Swedish text ("The guide can answer questions in English.") is a
 * note, not a translation. The indexer keeps it in a document's `englishText` behind NOTE_PREFIX; the site shows it
 * beside the Swedish text, never instead of it. One encoding, read and written by both sides.
 */

/** How `englishText` holds a note (the note as the feed labelled it). */
export const NOTE_PREFIX = 'In English: ';

/** The labels a Swedish text puts before its English paragraph ("In English: …", "På engelska: …"), as a pattern. */
export const ENGLISH_LABEL = '(?:In English|English|På engelska|Pa engelska)\\s*:';

/** The `englishText` of a note. */
export function asEnglishNote(note: string): string {
  return `${NOTE_PREFIX}${note}`;
}

/** The note an `englishText` holds, or null when it holds a translation (or nothing). */
export function englishNoteOf(englishText: string | null | undefined): string | null {
  return englishText?.startsWith(NOTE_PREFIX) ? englishText.slice(NOTE_PREFIX.length) || null : null;
}
