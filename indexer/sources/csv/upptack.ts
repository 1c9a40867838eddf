/**
 * The `upptack` CSV profile: a spreadsheet any association can fill in (Excel, LibreOffice, Google Sheets).
 *
 * One row per event or experience; the first row names the columns, in Swedish or English, in any order and case.
 * Separator `;` or `,`, encoding UTF-8 or Windows-1252 (Excel's "CSV (semikolonavgränsad)") — both are detected.
 *
 * | Kolumn (sv)   | Column (en)     | Content                                                                       |
 * |---------------|-----------------|-------------------------------------------------------------------------------|
 * | `titel`       | `title`         | Name of the event. Required.                                                  |
 * | `beskrivning` | `description`   | Free text (simple HTML allowed).                                              |
 * | `start`       | `start`         | `2026-05-03 18:00` (Swedish local time), `2026-05-03` (all day) or ISO 8601. Required for events. |
 * | `slut`        | `end`           | Same formats, or only `21:00` for the same day as the start.                  |
 * | `plats`       | `venue`         | Venue name ("Stadsbiblioteket").                                              |
 * | `adress`      | `address`       | Street address ("Västra Esplanaden 7, 352 31 Växjö").                         |
 * | `lat`, `lng`  | `lat`, `lng`    | Position in decimal degrees; decimal comma or point (`56,8777` or `56.8777`). |
 * | `kategorier`  | `categories`    | Words separated by commas or `\|` ("musik, barn").                            |
 * | `pris`        | `price`         | Price text ("150 kr", "Gratis", "0").                                         |
 * | `gratis`      | `free`          | ja/nej, yes/no, true/false, 1/0. Overrides what `pris` implies.               |
 * | `arrangör`    | `organizer`     | Who arranges it.                                                              |
 * | `länk`        | `url`           | Web page with more information or tickets.                                    |
 * | `bild`        | `image`         | Image URL.                                                                    |
 * | `typ`         | `kind`          | `evenemang`/`event` (default) or `upplevelse`/`experience`.                   |
 * | `öppettider`  | `opening_hours` | For experiences: "mån–fre 10–17, lör 11–15"; the weekdays are read from it.   |
 * | `språk`       | `language`      | Language code of the texts (`sv`, `en`).                                      |
 * | `id`          | `id`            | Your own stable id per row; keeps a changed row the same event. Optional.     |
 *
 * Experiences need no `start`; with `start`/`slut` they are shown only within those dates.
 */
import { emptySourceEvent, type SourceEvent } from '../../../src/domain/source-event.js';
import { addLocalDays, fromWallTime, toWallTime } from '../../../src/domain/time.js';
import { type FeedTime, parseFeedTime, toOccurrence } from '../common/datetime.js';
import { makeGeo } from '../common/geo.js';
import { stableId } from '../common/hash.js';
import { imageRef } from '../common/image-ref.js';
import { parsePrice, parseYesNo } from '../common/price.js';
import { cleanDescription, cleanText, cleanUrl, splitList } from '../common/text.js';
import { weekdaysFromText } from '../common/weekdays.js';
import type { UpptackField } from './columns.js';

/** A row's value per documented field. */
export type UpptackCells = Partial<Record<UpptackField, string>>;

const KINDS: Record<string, SourceEvent['kind']> = {
  evenemang: 'event', event: 'event', upplevelse: 'experience', experience: 'experience',
};

/** CASE: people write only the end time ("21:00", "21.00"); it belongs to the start's day (or the next, past midnight). */
function endTime(raw: string, start: FeedTime, timeZone: string): FeedTime | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(raw);
  if (!m) return parseFeedTime(raw, timeZone);
  const day = toWallTime(start.epoch, timeZone);
  const wall = { year: day.year, month: day.month, day: day.day, hour: Number(m[1]), minute: Number(m[2]), second: 0 };
  if (wall.hour > 23 || wall.minute > 59) return null;
  const end = fromWallTime(wall, timeZone);
  return { epoch: end < start.epoch ? addLocalDays(end, 1, timeZone) : end, dateOnly: false };
}

function datesOf(cells: UpptackCells, kind: SourceEvent['kind'], timeZone: string): Pick<SourceEvent, 'occurrences' | 'allDay'> | string {
  const raw = cells.start ?? '';
  if (raw === '') return kind === 'experience' ? { occurrences: [], allDay: false } : 'no start';
  const start = parseFeedTime(raw, timeZone);
  if (!start) return `unreadable start "${raw}" (expected YYYY-MM-DD HH:MM)`;
  const end = cells.end ? endTime(cells.end, start, timeZone) : null;
  const o = toOccurrence(start, end, timeZone);
  return { occurrences: [{ startsAt: o.startsAt, endsAt: o.endsAt }], allDay: o.allDay };
}

/** One row of the `upptack` profile, or the reason it cannot be used. */
export function mapUpptackRow(cells: UpptackCells, defaultKind: SourceEvent['kind'], timeZone: string, documentUrl?: string): SourceEvent | string {
  const title = cleanText(cells.title);
  if (title === null) return 'no title';
  const kindText = cells.kind?.trim().toLowerCase() ?? '';
  const kind = kindText === '' ? defaultKind : KINDS[kindText];
  if (!kind) return `unknown typ "${cells.kind}" (evenemang or upplevelse)`;
  const dates = datesOf(cells, kind, timeZone);
  if (typeof dates === 'string') return dates;
  const price = parsePrice(cells.price);
  const openingHours = cleanText(cells.openingHours);
  const id = cleanText(cells.id) ?? stableId('csv', [title, dates.occurrences[0]?.startsAt ?? cleanText(cells.venue)]);
  return {
    ...emptySourceEvent(id, title),
    kind,
    description: cleanDescription(cells.description),
    lang: cleanText(cells.lang)?.toLowerCase() ?? null,
    categoriesRaw: splitList(cells.categories ?? ''),
    venueName: cleanText(cells.venue),
    address: cleanText(cells.address),
    geo: makeGeo(cells.lat, cells.lng),
    ...dates,
    openingHours,
    openWeekdays: openingHours ? weekdaysFromText(openingHours) : null,
    free: parseYesNo(cells.free) ?? price.free,
    price: price.price,
    organizer: cleanText(cells.organizer),
    url: cleanUrl(cells.url),
    image: imageRef(cells.image, documentUrl),
  };
}
