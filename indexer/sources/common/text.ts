import { decodeEntities } from './entities.js';

/*
 * Characters no feed field should carry as they are. Each class is matched on its own so a test can name it.
 * - U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR: JavaScript regexes take them for line ends, so a
 *   line-based parser (node-ical) splits a property there and loses it.
 * - Bidi controls (embeddings, overrides, isolates, marks) and zero-width characters: in a title they reorder or hide
 *   text on screen (an "event" whose title reads differently than it searches: display spoofing).
 * - C0/C1 controls other than tab and line ends: never meaningful in a feed's text.
 */
const LINE_SEPARATORS = /[\u2028\u2029]/g;
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060-\u2064\ufeff\u180e]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed here.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** U+2028/U+2029 replaced before a line-based parser sees them (iCalendar: by its own newline escape, `\\n`). */
export function replaceLineSeparators(text: string, by: string): string {
  return text.replace(LINE_SEPARATORS, by);
}

/** A one-line plain field (title, venue, organizer): separators become spaces; bidi, zero-width and controls go. */
export function plainField(text: string): string {
  return text
    .replace(LINE_SEPARATORS, ' ')
    .replace(BIDI_CONTROLS, '')
    .replace(ZERO_WIDTH, '')
    .replace(CONTROL_CHARACTERS, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A multi-line text (a description): separators become line ends and controls go. Bidi marks and joiners stay:
 * Arabic and Persian text needs them, and a description is shown as its own block.
 */
export function multiLineField(text: string): string {
  return text.replace(LINE_SEPARATORS, '\n').replace(CONTROL_CHARACTERS, '');
}

/** Markup detector: a `<` followed by a tag name, a closing slash or a comment. */
const HAS_TAG = /<(?:[a-z][a-z0-9]*\b|\/[a-z]|!--)/i;

/** Remove tags (for fields that must be plain: titles, prices, venue names). */
export function stripTags(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<\/?[a-z][^>]*>/gi, ' ');
}

/**
 * A plain one-line text field: tags removed, entities decoded, no-break spaces and runs of whitespace collapsed.
 * Numbers become strings; anything else (objects, empty strings) becomes null.
 */
export function cleanText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  // plainField's \s covers no-break spaces (U+00A0, U+2007, U+202F) too.
  const text = plainField(decodeEntities(stripTags(value)));
  return text === '' ? null : text;
}

/**
 * A description: HTML stays HTML (the enrich step sanitises it and its entities stay meaningful there); plain text
 * gets its entities decoded and its line endings normalised, since the feed escaped it without meaning markup.
 */
export function cleanDescription(value: unknown): string {
  if (typeof value !== 'string') return '';
  const text = value.replace(/\r\n?/g, '\n').trim();
  if (HAS_TAG.test(text)) return text;
  const decoded = decodeEntities(text);
  // CASE: an entity-escaped "&lt;b&gt;" in plain text must not turn into markup on decoding.
  return HAS_TAG.test(decoded) ? text : decoded;
}

/**
 * An absolute http(s) URL or null. Entities are decoded first (WordPress writes `&#038;` for `&` even inside
 * JSON-LD), bare `www.` hosts get a scheme, and relative URLs resolve against `base`.
 */
export function cleanUrl(value: unknown, base?: string): string | null {
  const text = typeof value === 'string' ? decodeEntities(value).trim() : '';
  if (text === '') return null;
  // CASE: CBIS and hand-written feeds give "www.example.se" without a scheme.
  const withScheme = /^www\./i.test(text) ? `http://${text}` : text;
  try {
    const url = base ? new URL(withScheme, base) : new URL(withScheme);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Split a category cell or string on commas, pipes and semicolons, trimming and dropping empties and repeats. */
export function splitList(value: string): string[] {
  return uniqueTexts(value.split(/[,|;]/));
}

/** Clean each value and drop empties and case-insensitive duplicates, keeping the first spelling. */
export function uniqueTexts(values: unknown[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const text = cleanText(v);
    if (text === null || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    out.push(text);
  }
  return out;
}

/** "street, postcode locality", skipping missing parts (the format every adapter uses for `address`). */
export function formatAddress(parts: { street?: unknown; postalCode?: unknown; locality?: unknown }): string | null {
  const street = cleanText(parts.street);
  const town = [cleanText(parts.postalCode), cleanText(parts.locality)].filter(Boolean).join(' ');
  const address = [street, town].filter(Boolean).join(', ');
  return address === '' ? null : address;
}
