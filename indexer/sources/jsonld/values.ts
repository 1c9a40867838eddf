import { cleanText, cleanUrl } from '../common/text.js';

/** One JSON-LD node: a plain object. */
export type LdNode = Record<string, unknown>;

/** True for plain objects (not arrays, not null). */
export function isNode(value: unknown): value is LdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A property that may be one value or many, as an array (absent → empty). */
export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The last segment of a schema.org IRI or prefixed name: "https://schema.org/EventCancelled" → "EventCancelled". */
export function enumName(value: unknown): string | null {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') return null;
  return text.split(/[/:#]/).filter(Boolean).pop() ?? null;
}

/** A node's types without prefixes; `@type` may be a string or an array ("MusicEvent", "schema:Event" …). */
export function ldTypes(node: LdNode): string[] {
  return asArray(node['@type']).flatMap((t) => enumName(t) ?? []);
}

/** The first string value of a property, uncleaned (descriptions keep their markup). */
export function ldRaw(value: unknown): string | null {
  for (const v of asArray(value)) {
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (typeof v === 'number') return String(v);
    if (isNode(v) && '@value' in v) return ldRaw(v['@value']);
  }
  return null;
}

/** The language tag of a {"@value", "@language"} value, reduced to its primary language; null for untagged values. */
function tagOf(v: unknown): string | null {
  return isNode(v) && typeof v['@language'] === 'string' ? (v['@language'].split(/[-_]/)[0]?.toLowerCase() ?? null) : null;
}

/**
 * The raw value in the main language: with language-tagged values ([{"@language": "sv", "@value": …}, {"@language":
 * "en", …}]) the one tagged `prefer`, else the first not in English (the English site gets that one apart), else the
 * first. Untagged values are read as ldRaw reads them.
 */
export function ldRawIn(value: unknown, prefer: string | null): string | null {
  const values = asArray(value);
  if (!values.some((v) => tagOf(v) !== null)) return ldRaw(value);
  const pick = values.find((v) => prefer !== null && tagOf(v) === prefer) ?? values.find((v) => tagOf(v) !== 'en') ?? values[0];
  return ldRaw(pick) ?? ldRaw(value);
}

/** The raw value tagged English ({"@language": "en", "@value": …}), or null: an untagged value is not known to be English. */
export function ldEnglish(value: unknown): string | null {
  for (const v of asArray(value)) if (tagOf(v) === 'en') return ldRaw(v);
  return null;
}

/** A plain text value: strings, numbers, {"@value": …} and arrays of them (first usable wins). */
export function ldText(value: unknown): string | null {
  return cleanText(ldRaw(value));
}

/** A name: a plain string, or the `name` of a node (Organization, Person, Thing); first usable of an array. */
export function ldName(value: unknown): string | null {
  for (const v of asArray(value)) {
    const name = isNode(v) && !('@value' in v) ? ldText(v.name) : ldText(v);
    if (name !== null) return name;
  }
  return null;
}

/** A URL: a string, or an ImageObject/WebPage's `url`/`contentUrl`; first usable of an array. */
export function ldUrl(value: unknown, base: string | undefined): string | null {
  for (const v of asArray(value)) {
    const url = isNode(v) ? ldUrl(v.url ?? v.contentUrl, base) : cleanUrl(v, base);
    if (url !== null) return url;
  }
  return null;
}

/** An IETF tag from a string or a Language node, reduced to its primary language ("en-GB" → "en"). */
export function ldLang(value: unknown): string | null {
  for (const v of asArray(value)) {
    const tag = isNode(v) ? (ldText(v.alternateName) ?? ldText(v.name)) : ldText(v);
    const primary = tag?.split(/[-_]/)[0]?.toLowerCase();
    if (primary && /^[a-z]{2,3}$/.test(primary)) return primary;
  }
  return null;
}

/** True when a value says true ("true", "True", true); JSON-LD generators disagree on booleans. */
export function ldTrue(value: unknown): boolean {
  return asArray(value).some((v) => v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true'));
}
