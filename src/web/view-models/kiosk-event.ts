import QRCode from 'qrcode';
import type { EventDoc } from '../../domain/event.js';
import { formatWhen } from '../format.js';
import { type Lang, t } from '../i18n.js';
import { shortCode, shortPath } from '../kiosk/short-links.js';
import { openingWeek } from '../opening-text.js';
import { eventPath, occurrencePath } from '../paths.js';
import { foreignLang, shownEnglishText, shownTitle } from '../shown-text.js';
import { type Badge, badgesOf, type FeedHours, type FormatContext, placeWhen, priceOf, whenOf } from './event-card.js';

/** One event on the screen, with the QR code that takes it to the visitor's phone. */
export interface KioskEventModel {
  lang: Lang;
  kindLabel: string;
  /** The feed's English title on an English screen when it has one. */
  title: string;
  /** The title's and the text's language when not the screen's ("sv" on an English screen), for lang attributes. */
  titleLang: string | null;
  textLang: string | null;
  when: string;
  /** A place's hours in the feed's own words in another language than the screen's, marked with it (as on cards). */
  whenForeign: FeedHours | null;
  /** The next few dates of a recurring event, after the one shown. */
  moreDates: string[];
  hours: string[];
  venue: { name: string; address: string | null } | null;
  badges: Badge[];
  price: string | null;
  /** The price's language when it is the feed's own words in another language than the screen's, else null. */
  priceLang: string | null;
  /** The description as plain text, cut at a word: links in it could lead nowhere from a kiosk. */
  text: string;
  /** Rendered by `qrcode` from our own URL: safe to insert unescaped. */
  qrSvgSafe: string;
  qrLabel: string;
  /** What the QR code holds: the event's public page. */
  publicUrl: string;
  /** The same page in a few characters to type ("upptack.vaxjo.se/e/k3m9xq"), host and path apart (a line may break between them). */
  shortUrl: { host: string; path: string };
  scanHint: string;
}

export interface KioskEventContext extends FormatContext {
  now: number;
  /** `site.publicUrl` without a trailing slash (kiosk pages require it). */
  publicBase: string;
  place: { lat: number; lng: number; country: string };
}

const TEXT_CHARS = 420;

function cut(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const at = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, at > max / 2 ? at : max)} …`;
}

/** The event at `selected` (the date the visitor found it at), for the screen's event view. */
export async function kioskEventModel(occurrences: readonly EventDoc[], selected: EventDoc, pinned: boolean, ctx: KioskEventContext): Promise<KioskEventModel> {
  const { lang } = ctx;
  const first = occurrences[0] as EventDoc;
  const publicUrl = `${ctx.publicBase}${pinned ? occurrencePath(lang, selected) : eventPath(lang, first)}`;
  const qr = await QRCode.toString(publicUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  const later = first.kind === 'event' ? occurrences.filter((o) => o.startsAt > selected.startsAt).slice(0, 3) : [];
  const title = shownTitle(first, lang);
  const english = shownEnglishText(first, lang);
  const place = first.kind === 'experience' ? placeWhen(selected, { ...ctx, opening: { now: ctx.now, place: ctx.place } }) : null;
  return {
    lang,
    kindLabel: t(lang, `kind.${first.kind}`),
    title: title.text,
    titleLang: title.lang,
    textLang: english ? null : foreignLang(first, lang),
    when: place?.text ?? whenOf(selected, ctx),
    whenForeign: place?.feed?.lang ? place.feed : null,
    moreDates: later.map((o) => formatWhen(o.startsAt, o.endsAt, o.allDay, ctx)),
    hours: first.kind === 'experience' && first.openingHours ? openingWeek(first.openingHours, { lang, tz: ctx.tz, now: ctx.now, place: ctx.place }) : [],
    venue: first.venue,
    badges: badgesOf(first, lang),
    ...priceOf(first, lang),
    text: cut(english ?? first.descriptionText, TEXT_CHARS),
    qrSvgSafe: qr.replace('<svg ', '<svg aria-hidden="true" focusable="false" '),
    qrLabel: t(lang, 'kiosk.event.qrLabel', { title: title.text }),
    publicUrl,
    shortUrl: { host: ctx.publicBase.replace(/^https?:\/\//, ''), path: shortPath(lang, shortCode(first.eventId)) },
    scanHint: t(lang, 'kiosk.event.scan'),
  };
}
