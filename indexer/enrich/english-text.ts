import type { SourceEvent } from '../../src/domain/source-event.js';
import { asEnglishNote, ENGLISH_LABEL } from '../../src/domain/english-note.js';
import { plainText, sanitiseDescription } from './sanitise.js';

/*
 * Swedish feeds often end with a paragraph for visitors: "In English: Guided walk about the great fire of 1843".
 * The indexer keeps it apart so the English site can show it, and the Swedish text without it.
 *
 * Such a paragraph is a translation only when it is about as long as the Swedish text; a much shorter one is a note
 * beside it, which the English site shows with the Swedish text, not instead of it (src/web/shown-text.ts). The rule,
 * from the sample feeds (config/sample-feeds): under half the Swedish text's length is a note. Every "In English:"
 * paragraph there summarises or remarks: "The guide can answer questions in English." under a 165-character
 * description of a street-art walk (0.25 of its length; the English site showed only that), "Växjö Cathedral, free
 * admission." (0.19), "Self-guided sculpture walk, map online." (0.24), the great fire walk (0.33), the Saturday
 * market (0.43); the longest, "Practise Swedish over coffee, every Tuesday, all levels welcome." (0.66) and the ski
 * tracks (0.62), say most of what the Swedish says. Feeds' real translations (their English fields) run about as long
 * as the Swedish or longer: Ett drömspel's English is 1.25 times its Swedish (vaxjo-teater.html), and a fixture's
 * "Stories for children." 1.4 times "Sagor för barn.". A note wrongly taken for a translation hides the Swedish text
 * from an English visitor's card; a summary taken for a note is still shown, beside it.
 */

/** "In English:", "English:", "På engelska:" at the start of a line or paragraph (HTML or plain text). */
const MARKER = new RegExp(`(?:^|\\n|<p>|<br\\s*\\/?>|\\.\\s+)\\s*${ENGLISH_LABEL}\\s*`, 'i');

/** An English paragraph shorter than this share of the Swedish text's length is a note, not a translation. */
const NOTE_SHARE = 0.5;

/** The schema's limits on the English fields. */
const MAX_TEXT = 5000;
const MAX_HTML = 10_000;

export interface SplitDescription {
  /** Sanitised HTML of the text without the English part. */
  html: string;
  /** Plain text of the whole description, English part included: searched and cropped for snippets. */
  text: string;
  /** Plain text of the English part, or null. */
  english: string | null;
  /** Sanitised HTML of the English part, or null. */
  englishHtml: string | null;
  /** The English part is a note beside the Swedish text (much shorter than it), not its translation. */
  englishNote: boolean;
}

export function splitEnglish(raw: string): SplitDescription {
  const whole = sanitiseDescription(raw);
  const m = MARKER.exec(raw);
  if (!m || m.index === undefined) return { ...whole, english: null, englishHtml: null, englishNote: false };
  const part = sanitiseDescription(reopened(raw.slice(m.index + m[0].length)));
  if (part.text.length < 3) return { ...whole, english: null, englishHtml: null, englishNote: false };
  // Keep the sentence end that introduced the marker ("… kl 13. In English: …").
  const swedish = sanitiseDescription(raw.slice(0, m.index) + (m[0].startsWith('.') ? '.' : ''));
  return {
    html: swedish.html,
    text: whole.text,
    english: part.text.slice(0, MAX_TEXT),
    englishHtml: htmlWithin(part.html),
    englishNote: part.text.length < NOTE_SHARE * swedish.text.length,
  };
}

/** The English part starts inside the paragraph the marker opened ("<p>In English: …</p>"): open it again. */
function reopened(rest: string): string {
  const open = rest.search(/<p[\s>]/i);
  const close = rest.search(/<\/p>/i);
  return close >= 0 && (open < 0 || close < open) ? `<p>${rest}` : rest;
}

/** Sanitised HTML cut to the schema's limit: a cut inside a tag is sanitised again, never left open. */
function htmlWithin(html: string): string {
  return html.length <= MAX_HTML ? html : sanitiseDescription(html.slice(0, MAX_HTML - 1000)).html;
}

/** The English fields of a document. */
export interface EnglishFields {
  englishTitle: string | null;
  englishText: string | null;
  englishDescription: string | null;
}

/**
 * The English title and text a document carries: the feed's own English fields, sanitised like the Swedish ones;
 * its English description wins over an "In English:" paragraph of the Swedish one (the paragraph is usually a summary).
 * A paragraph that is a note is kept as a note (searched; shown beside the Swedish text), without English HTML.
 */
export function englishFields(e: SourceEvent, title: string, split: SplitDescription): EnglishFields {
  const englishTitle = e.english?.title ? plainText(e.english.title).slice(0, 300) : '';
  const field = e.english?.description ? sanitiseDescription(e.english.description) : null;
  const text = field && field.text.length >= 3 ? field : null;
  // A title identical to the Swedish one says nothing new (names of places, bands, shows).
  const titled = englishTitle && englishTitle.toLowerCase() !== title.toLowerCase() ? englishTitle : null;
  if (text) return { englishTitle: titled, englishText: text.text.slice(0, MAX_TEXT), englishDescription: htmlWithin(text.html) };
  if (split.english && split.englishNote) return { englishTitle: titled, englishText: asEnglishNote(split.english).slice(0, MAX_TEXT), englishDescription: null };
  return { englishTitle: titled, englishText: split.english, englishDescription: split.englishHtml };
}
