import { sanitiseDescription } from './sanitise.js';

/*
 * Swedish feeds often end with a paragraph for visitors: "In English: Guided walk about the great fire of 1843".
 * The indexer keeps it apart so the English site can show it first, and the Swedish text without it.
 */

/** "In English:", "English:", "På engelska:" at the start of a line or paragraph (HTML or plain text). */
const MARKER = /(?:^|\n|<p>|<br\s*\/?>|\.\s+)\s*(?:In English|English|På engelska|Pa engelska)\s*:\s*/i;

export interface SplitDescription {
  /** Sanitised HTML of the text without the English part. */
  html: string;
  /** Plain text of the whole description, English part included: searched and cropped for snippets. */
  text: string;
  /** Plain text of the English part, or null. */
  english: string | null;
}

export function splitEnglish(raw: string): SplitDescription {
  const whole = sanitiseDescription(raw);
  const m = MARKER.exec(raw);
  if (!m || m.index === undefined) return { ...whole, english: null };
  const english = sanitiseDescription(raw.slice(m.index + m[0].length)).text.slice(0, 5000);
  if (english.length < 3) return { ...whole, english: null };
  // Keep the sentence end that introduced the marker ("… kl 13. In English: …").
  const before = raw.slice(0, m.index) + (m[0].startsWith('.') ? '.' : '');
  return { html: sanitiseDescription(before).html, text: whole.text, english };
}
