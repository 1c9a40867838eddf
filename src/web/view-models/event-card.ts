import type { EventDoc } from '../../domain/event.js';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, type EventHit } from '../../search/event-reader.js';
import { formatWhen, isoDateTime } from '../format.js';
import { type Lang, t } from '../i18n.js';
import { eventPath } from '../paths.js';

export interface Badge {
  label: string;
  tone: 'free' | 'indoor' | 'outdoor' | 'family' | 'warning';
}

export interface EventCard {
  eventId: string;
  href: string;
  title: string;
  /** Escaped text with <mark> around matches: safe to render unescaped. */
  titleSafeHtml: string;
  snippetSafeHtml: string;
  when: string;
  isoStart: string | null;
  venue: string | null;
  area: string | null;
  kindLabel: string;
  badges: Badge[];
  image: string | null;
  /** "1,2 km" when sorted by distance. */
  distance: string | null;
}

function distanceText(metres: number | undefined, lang: Lang): string | null {
  if (metres === undefined) return null;
  const nf = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: metres < 10_000 ? 1 : 0 });
  return metres < 1000 ? `${Math.round(metres / 10) * 10} m` : `${nf.format(metres / 1000)} km`;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Escapes everything, then turns the search engine's private highlight marks into <mark>. */
export function highlightToSafeHtml(formatted: string): string {
  return escapeHtml(formatted)
    .split(HIGHLIGHT_PRE)
    .join('<mark>')
    .split(HIGHLIGHT_POST)
    .join('</mark>');
}

export function badgesOf(e: Pick<EventDoc, 'free' | 'indoor' | 'audience' | 'status'>, lang: Lang): Badge[] {
  const badges: Badge[] = [];
  if (e.status === 'cancelled') badges.push({ label: t(lang, 'badge.cancelled'), tone: 'warning' });
  if (e.status === 'postponed') badges.push({ label: t(lang, 'badge.postponed'), tone: 'warning' });
  if (e.free) badges.push({ label: t(lang, 'badge.free'), tone: 'free' });
  if (e.indoor === true) badges.push({ label: t(lang, 'badge.indoor'), tone: 'indoor' });
  if (e.indoor === false) badges.push({ label: t(lang, 'badge.outdoor'), tone: 'outdoor' });
  if (e.audience.includes('children-family')) badges.push({ label: t(lang, 'badge.children'), tone: 'family' });
  return badges;
}

export function whenOf(e: Pick<EventDoc, 'kind' | 'startsAt' | 'endsAt' | 'allDay' | 'openingHours'>, lang: Lang): string {
  if (e.kind === 'experience') {
    if (!e.openingHours) return t(lang, 'event.alwaysOpen');
    // Feeds often write "Öppet dygnet runt" themselves.
    return /^(öppet|open)\b/i.test(e.openingHours) ? e.openingHours : `${t(lang, 'event.open')}: ${e.openingHours}`;
  }
  return formatWhen(e.startsAt, e.endsAt, e.allDay, lang);
}

export function toEventCard(hit: EventHit, lang: Lang): EventCard {
  const title = hit._formatted?.title ?? hit.title;
  const snippet = hit._formatted?.descriptionText ?? hit.descriptionText.slice(0, 180);
  return {
    eventId: hit.eventId,
    href: eventPath(lang, hit),
    title: hit.title,
    titleSafeHtml: highlightToSafeHtml(title),
    snippetSafeHtml: highlightToSafeHtml(snippet),
    when: whenOf(hit, lang),
    isoStart: hit.kind === 'event' ? isoDateTime(hit.startsAt) : null,
    venue: hit.venue?.name ?? null,
    area: hit.areaName,
    kindLabel: t(lang, `kind.${hit.kind}`),
    badges: badgesOf(hit, lang),
    image: hit.image,
    distance: distanceText(hit._geoDistance, lang),
  };
}
