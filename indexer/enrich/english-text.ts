import type { SourceEvent } from '../../src/domain/source-event.js';
import { plainText, sanitiseDescription } from './sanitise.js';

/*
 * Swedish feeds often end with a paragraph for visitors: "In English: Guided walk about the great fire of 1843".
 * The indexer keeps it apart so the English site can show it first, and the Swedish text without it.
 */

/** "In English:", "English:", "På engelska:" at the start of a line or paragraph (HTML or plain text). */
const MARKER = /(?:^|\n|<p>|<br\s*\/?>|\.\s+)\s*(?:In English|English|På engelska|Pa engelska)\s*:\s*/i;

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
}

export function splitEnglish(raw: string): SplitDescription {
  const whole = sanitiseDescription(raw);
  const m = MARKER.exec(raw);
  if (!m || m.index === undefined) return { ...whole, english: null, englishHtml: null };
  const part = sanitiseDescription(reopened(raw.slice(m.index + m[0].length)));
  if (part.text.length < 3) return { ...whole, english: null, englishHtml: null };
  // Keep the sentence end that introduced the marker ("… kl 13. In English: …").
  const before = raw.slice(0, m.index) + (m[0].startsWith('.') ? '.' : '');
  return { html: sanitiseDescription(before).html, text: whole.text, english: part.text.slice(0, MAX_TEXT), englishHtml: htmlWithin(part.html) };
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
 */
export function englishFields(e: SourceEvent, title: string, split: SplitDescription): EnglishFields {
  const englishTitle = e.english?.title ? plainText(e.english.title).slice(0, 300) : '';
  const field = e.english?.description ? sanitiseDescription(e.english.description) : null;
  const text = field && field.text.length >= 3 ? field : null;
  return {
    // A title identical to the Swedish one says nothing new (names of places, bands, shows).
    englishTitle: englishTitle && englishTitle.toLowerCase() !== title.toLowerCase() ? englishTitle : null,
    englishText: text ? text.text.slice(0, MAX_TEXT) : split.english,
    englishDescription: text ? htmlWithin(text.html) : split.englishHtml,
  };
}
