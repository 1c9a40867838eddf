import type { Config } from '../../config/load-config.js';
import type { EventDoc } from '../../domain/event.js';
import type { EventHit } from '../../search/event-reader.js';
import { formatWhen, isoDateTime } from '../format.js';
import { type Lang, t } from '../i18n.js';
import { eventJsonLd, scriptSafeJson } from '../json-ld.js';
import { eventPath, searchPath } from '../paths.js';
import { type Badge, badgesOf, type EventCard, toEventCard, whenOf } from './event-card.js';

export interface EventPageModel {
  lang: Lang;
  pageTitle: string;
  title: string;
  kindLabel: string;
  when: string;
  occurrences: { when: string; iso: string }[];
  /** Sanitised in the indexer (indexer/enrich/sanitise.ts): safe to render unescaped. */
  descriptionSafeHtml: string;
  venue: { name: string; address: string | null } | null;
  area: string | null;
  mapHref: string | null;
  categories: { label: string; href: string }[];
  accessibility: string[];
  badges: Badge[];
  price: string | null;
  organizer: string | null;
  externalUrl: string | null;
  image: string | null;
  canonical: string;
  icsHref: string;
  shareHref: string;
  backHref: string;
  related: EventCard[];
  og: { title: string; description: string; url: string; image: string | null; locale: string };
  jsonLdSafe: string;
  alternateHref: string;
  alternateLang: Lang;
}

function osm(d: EventDoc): string | null {
  if (!d._geo) return null;
  const { lat, lng } = d._geo;
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
}

/** The event page: formatted for the template, with canonical URL, Open Graph and JSON-LD. */
export function eventPageModel(config: Config, occurrences: EventDoc[], related: EventHit[], lang: Lang, base: string): EventPageModel {
  const first = occurrences[0] as EventDoc;
  const path = eventPath(lang, first);
  const canonical = `${base}${path}`;
  const other: Lang = lang === 'sv' ? 'en' : 'sv';
  const cats = new Map(config.taxonomy.categories.map((c) => [c.id, c[lang]]));
  const access = new Map(config.taxonomy.accessibility.map((a) => [a.id, a[lang]]));
  return {
    lang,
    pageTitle: first.title,
    title: first.title,
    kindLabel: t(lang, `kind.${first.kind}`),
    when: whenOf(first, lang),
    occurrences:
      first.kind === 'event' ? occurrences.map((o) => ({ when: formatWhen(o.startsAt, o.endsAt, o.allDay, lang), iso: isoDateTime(o.startsAt) })) : [],
    descriptionSafeHtml: first.description,
    venue: first.venue,
    area: first.areaName,
    mapHref: osm(first),
    categories: first.categories.map((c) => ({ label: cats.get(c) ?? c, href: `${searchPath(lang)}?category=${encodeURIComponent(c)}` })),
    accessibility: first.accessibility.map((a) => access.get(a) ?? a),
    badges: badgesOf(first, lang),
    price: first.price,
    organizer: first.organizer,
    externalUrl: first.url,
    image: first.image,
    canonical,
    icsHref: `${path}.ics`,
    shareHref: canonical,
    backHref: searchPath(lang),
    related: related.filter((r) => r.eventId !== first.eventId).slice(0, 4).map((r) => toEventCard(r, lang)),
    og: { title: first.title, description: first.descriptionText.slice(0, 200), url: canonical, image: first.image, locale: lang === 'sv' ? 'sv_SE' : 'en_GB' },
    jsonLdSafe: scriptSafeJson(eventJsonLd(first, occurrences, canonical)),
    alternateHref: eventPath(other, first),
    alternateLang: other,
  };
}
