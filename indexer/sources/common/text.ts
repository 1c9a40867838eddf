import { decodeEntities } from './entities.js';

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
  const text = decodeEntities(stripTags(value))
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
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
