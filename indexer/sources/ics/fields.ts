import type { VEvent } from 'node-ical';
import { imageRef } from '../common/image-ref.js';
import { cleanUrl } from '../common/text.js';

/** node-ical gives a property either as its value or as { val, params }. */
export function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'val' in value) return text((value as { val: unknown }).val);
  return String(value);
}

/** The LANGUAGE parameter of a property value, as a primary language ("en-GB" → "en"); null when absent. */
function languageOf(value: unknown): string | null {
  return params(value).LANGUAGE?.split(/[-_]/)[0]?.toLowerCase() ?? null;
}

/**
 * A text property (SUMMARY, DESCRIPTION) in the main language. RFC 5545 lets it repeat with LANGUAGE parameters
 * ("SUMMARY;LANGUAGE=en:City walk"); node-ical then gives an array. Of those, the one in `prefer`, else the first not
 * in English (the English site gets that one apart), else the first.
 */
export function mainText(value: unknown, prefer: string | null): string {
  if (!Array.isArray(value)) return text(value);
  const pick = value.find((v) => prefer !== null && languageOf(v) === prefer) ?? value.find((v) => languageOf(v) !== 'en') ?? value[0];
  return text(pick);
}

/** The value of a text property marked LANGUAGE=en, or null: an untagged value is not known to be English. */
export function englishText(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const found = list.find((v) => languageOf(v) === 'en');
  return found === undefined ? null : text(found) || null;
}

function params(value: unknown): Record<string, string> {
  return value && typeof value === 'object' && 'params' in value ? ((value as { params: Record<string, string> }).params ?? {}) : {};
}

/** URL, URL;VALUE=URI, ATTACH: an absolute http(s) URL or null. */
export function httpUrl(value: unknown): string | null {
  return cleanUrl(text(value));
}

/** ORGANIZER: the CN parameter, never the e-mail address. */
export function organizerName(value: unknown): string | null {
  const cn = params(value).CN;
  if (cn) return cn.replace(/^"|"$/g, '');
  const v = text(value).replace(/^mailto:/i, '');
  return v && !v.includes('@') ? v : null;
}

/** The first ATTACH (or IMAGE) that points at an image; relative ones resolve against the calendar's own URL. */
export function imageUrl(e: VEvent, documentUrl?: string): string | null {
  const raw = (e as Record<string, unknown>).attach ?? (e as Record<string, unknown>).image;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  for (const item of list) {
    const type = params(item).FMTTYPE ?? '';
    const url = imageRef(text(item), documentUrl);
    if (url && (type.startsWith('image/') || /\.(jpe?g|png|webp|gif)(\?|$)/i.test(url))) return url;
  }
  return null;
}

/**
 * LOCATION often packs venue and address: "Konserthuset, Västra Esplanaden 6, Växjö".
 * The first part is the venue, the rest the address.
 */
export function splitLocation(location: string): { venueName: string | null; address: string | null } {
  const clean = location.replace(/\s+/g, ' ').trim();
  if (!clean) return { venueName: null, address: null };
  const [first, ...rest] = clean.split(/\s*,\s*/);
  return { venueName: first || null, address: rest.length ? rest.join(', ') : null };
}

export function categories(e: VEvent): string[] {
  const raw = e.categories as unknown;
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.flatMap((c) => text(c).split(',')).map((c) => c.trim()).filter(Boolean);
}

/** CASE: our sample feeds (and some CMS exports) carry X-UPPTACK-* properties; node-ical drops the X- prefix. */
export function extension(e: VEvent, name: string): string | null {
  const v = text((e as Record<string, unknown>)[`UPPTACK-${name}`]).trim();
  return v || null;
}

export function weekdays(value: string | null): number[] | null {
  if (!value) return null;
  const days = value.split(/[,\s]+/).map(Number).filter((d) => Number.isInteger(d) && d >= 1 && d <= 7);
  return days.length ? [...new Set(days)].sort() : null;
}

export function geo(e: VEvent): { lat: number; lng: number } | null {
  const g = e.geo as { lat?: unknown; lon?: unknown } | undefined;
  const lat = Number(g?.lat);
  const lng = Number(g?.lon);
  if (!g || !Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  if (lat === 0 && lng === 0) return null;
  return { lat, lng };
}
