import { cleanText } from './text.js';

/** The schema's limit on a picture's alt text. */
const MAX_ALT = 300;

/**
 * A feed's words about its image, usable as alt text: one line of plain text, or null when it says nothing a listener
 * could use. CASE: CMSs fill an image's name or caption with its file name ("IMG_2041.jpg", "bild-1_web.png").
 */
export function altText(value: unknown): string | null {
  const text = cleanText(value);
  if (text === null || text.length < 3) return null;
  if (/^[\w.-]+\.(?:jpe?g|png|gif|webp|avif|tiff?|heic|svg)$/i.test(text) || /^(?:https?:|www\.)/i.test(text)) return null;
  return text.length > MAX_ALT ? `${text.slice(0, MAX_ALT - 1).replace(/\s+\S*$/, '')}…` : text;
}
