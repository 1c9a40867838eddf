import type { AppConfig } from '../../config/app-schema.js';
import type { EventDoc } from '../../domain/event.js';
import { facetDef } from '../../domain/facets.js';
import type { EventSummary } from '../../search/ports.js';
import type { FacetLabeller } from '../facet-labels.js';
import { formatWhen, isoDateTime } from '../format.js';
import { type Lang, openGraphLocale, pathsOf, t } from '../i18n.js';
import { eventJsonLd, scriptSafeJson } from '../json-ld.js';
import { eventPath, OCCURRENCE_PARAM, occurrencePath, SERIES_PARAM } from '../paths.js';
import { pictureUrl } from '../../domain/pictures.js';
import { type Media, mediaOf } from '../media.js';
import { noteAddsToHours, openingWeek } from '../opening-text.js';
import { withParams } from '../search-url.js';
import { feedWords, foreignLang, type ShownText, shownEnglishNote, shownEnglishText, shownTitle } from '../shown-text.js';
import { type Badge, badgesOf, type EventCard, escapeHtml, type FormatContext, priceAmount, toEventCard, whenOf } from './event-card.js';

export interface EventPageModel {
  lang: Lang;
  pageTitle: string;
  title: string;
  kindLabel: string;
  when: string;
  /** The shown date as ISO 8601 (events only). */
  whenIso: string | null;
  /** Every upcoming date; `current` is the one the page shows, `href` opens the page on a date. */
  occurrences: { when: string; iso: string; href: string; current: boolean }[];
  /** "Add to calendar": the shown date only. Null for a place (nothing to add). */
  calendarHref: string | null;
  /** Every date of a recurring event, offered as the second choice. */
  series: { href: string; label: string } | null;
  /**
   * A place's week ("tis–fre 10–17"), and the feed's own words about its hours when it gave any (`noteLang`: their
   * language when it is not the page's).
   */
  hours: { lines: string[]; note: string | null; noteLang: string | null } | null;
  /** The title's language when it is not the page's ("sv" on the English site without an English title). */
  titleLang: string | null;
  /** The event's own language when it is not the page's ("sv" on the English site), for lang attributes. */
  contentLang: string | null;
  /**
   * On the English site: the feed's own English text (sanitised in the indexer: safe to render unescaped), shown
   * before the original; null elsewhere or without one.
   */
  englishSafeHtml: string | null;
  /**
   * On the English site: the feed's short English note ("The guide can answer questions in English."), shown beside
   * the Swedish text it is no translation of.
   */
  englishNote: string | null;
  /** The original title, shown with the original text when the page's title is the English one. */
  originalTitle: string | null;
  /** Sanitised in the indexer (indexer/enrich/sanitise.ts): safe to render unescaped. */
  descriptionSafeHtml: string;
  venue: { name: string; address: string | null } | null;
  /** The venue's name and address are the feed's: their language when it is not the page's. */
  venueLang: string | null;
  area: string | null;
  mapHref: string | null;
  /** A small map of the place (map.js), with the site's tile server. */
  miniMap: ({ lat: number; lng: number; title: string } & AppConfig['map']) | null;
  categories: { label: string; href: string }[];
  accessibility: string[];
  badges: Badge[];
  /**
   * The feed's price text (`text.lang`: its language when it is not the page's), and where that is in another language
   * the amount it names in our words ("SEK 150"), shown first.
   */
  price: { amount: string | null; text: ShownText } | null;
  organizer: ShownText | null;
  externalUrl: string | null;
  media: Media;
  canonical: string;
  shareHref: string;
  backHref: string;
  related: EventCard[];
  og: { title: string; description: string; url: string; image: string | null; locale: string };
  jsonLdSafe: string;
  alternateHref: string | null;
  alternateLang: Lang | null;
}

/** What the event page is rendered for: language, zone, the site's base URL, labels and where "back" goes. */
export interface EventPageContext extends FormatContext {
  /** The map settings (tile server, attribution); absent: no small map. */
  map?: AppConfig['map'];
  base: string;
  label: FacetLabeller;
  alternate: Lang | null;
  /** The search the visitor came from. */
  back: string;
}

function osm(d: EventDoc): string | null {
  if (!d._geo) return null;
  const { lat, lng } = d._geo;
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
}

function categoryLinks(first: EventDoc, { lang, label }: EventPageContext): EventPageModel['categories'] {
  const { param } = facetDef('categories');
  return first.categories.map((c) => ({ label: label('categories', c), href: withParams(pathsOf(lang).search, new URLSearchParams({ [param]: c })) }));
}

/** The page's picture spans the article column (two thirds of 72rem on a desktop). */
const PAGE_SIZES = '(min-width: 72rem) 46rem, 100vw';

/** Link previews get the site's own copy of the picture, never the feed's URL. */
function ogImage(d: EventDoc, base: string): string | null {
  const widest = d.picture?.widths.at(-1);
  return d.picture && widest ? `${base}${pictureUrl(d.picture, widest)}` : null;
}

function hoursOf(d: EventDoc, { lang, tz, opening }: EventPageContext): EventPageModel['hours'] {
  if (d.kind !== 'experience' || (!d.openingHours && !d.openingHoursText)) return null;
  const lines = d.openingHours && opening ? openingWeek(d.openingHours, { lang, tz, ...opening }) : [];
  const note = d.openingHoursText && (lines.length === 0 || noteAddsToHours(d.openingHoursText)) ? feedWords(d, d.openingHoursText, lang) : null;
  return { lines, note: note?.text ?? null, noteLang: note?.lang ?? null };
}

/** The feed's price as written, after the amount in our words when the feed's words are in another language. */
function pagePrice(d: EventDoc, lang: Lang): EventPageModel['price'] {
  if (!d.price) return null;
  const text = feedWords(d, d.price, lang);
  return { amount: text.lang ? priceAmount(d, lang) : null, text };
}

function calendarLinks(occurrences: EventDoc[], selected: EventDoc, path: string, lang: Lang) {
  if (selected.kind !== 'event') return { calendarHref: null, series: null };
  return {
    calendarHref: `${path}.ics?${OCCURRENCE_PARAM}=${selected.startsAt}`,
    series:
      occurrences.length > 1
        ? { href: `${path}.ics?${SERIES_PARAM}=1`, label: t(lang, 'event.addSeries', { count: occurrences.length }) }
        : null,
  };
}

/**
 * The event page at one of its dates (`selected`: the one the visitor chose, else the next): formatted for the
 * template, with canonical URL, Open Graph and JSON-LD.
 */
export function eventPageModel(occurrences: EventDoc[], selected: EventDoc, related: EventSummary[], ctx: EventPageContext): EventPageModel {
  const { lang, base, label, alternate } = ctx;
  const first = occurrences[0] as EventDoc;
  const path = eventPath(lang, first);
  const canonical = `${base}${path}`;
  const title = shownTitle(first, lang);
  const english = shownEnglishText(first, lang);
  return {
    lang,
    pageTitle: title.text,
    title: title.text,
    titleLang: title.lang,
    kindLabel: t(lang, `kind.${first.kind}`),
    when: whenOf(selected, ctx),
    whenIso: selected.kind === 'event' ? isoDateTime(selected.startsAt) : null,
    occurrences:
      first.kind === 'event'
        ? occurrences.map((o) => ({
            when: formatWhen(o.startsAt, o.endsAt, o.allDay, ctx),
            iso: isoDateTime(o.startsAt),
            href: occurrencePath(lang, o),
            current: o.id === selected.id,
          }))
        : [],
    ...calendarLinks(occurrences, selected, path, lang),
    hours: hoursOf(first, ctx),
    descriptionSafeHtml: first.description,
    contentLang: foreignLang(first, lang),
    // Documents indexed before englishDescription existed have only the plain text.
    englishSafeHtml: english ? (first.englishDescription ?? `<p>${escapeHtml(english)}</p>`) : null,
    englishNote: shownEnglishNote(first, lang),
    originalTitle: title.translated ? first.title : null,
    venue: first.venue,
    venueLang: first.venue ? foreignLang(first, lang) : null,
    area: first.areaName,
    mapHref: osm(first),
    miniMap: first._geo && ctx.map ? { ...first._geo, title: first.venue?.name ?? title.text, ...ctx.map } : null,
    categories: categoryLinks(first, ctx),
    accessibility: first.accessibility.map((a) => label('accessibility', a)),
    badges: badgesOf(first, lang),
    price: pagePrice(first, lang),
    organizer: first.organizer ? feedWords(first, first.organizer, lang) : null,
    externalUrl: first.url,
    media: mediaOf({ ...first, title: title.text }, PAGE_SIZES, lang, label),
    canonical,
    shareHref: canonical,
    backHref: ctx.back,
    related: related.filter((r) => r.eventId !== first.eventId).slice(0, 4).map((r) => toEventCard(r, ctx)),
    og: { title: title.text, description: (english ?? first.descriptionText).slice(0, 200), url: canonical, image: ogImage(first, base), locale: openGraphLocale(lang) },
    jsonLdSafe: scriptSafeJson(eventJsonLd(first, occurrences, canonical, { tz: ctx.tz, hours: ctx.opening ?? null })),
    alternateHref: alternate ? eventPath(alternate, first) : null,
    alternateLang: alternate,
  };
}
