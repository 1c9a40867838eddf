import ical, { type CalendarResponse, type VEvent } from 'node-ical';
import type { SourceConfig } from '../../../src/config/data-schemas.js';
import { OPEN_END } from '../../../src/domain/event.js';
import { AppError } from '../../../src/errors.js';
import {
  emptySourceEvent,
  type EnglishVersion,
  type ParseContext,
  type ParseResult,
  type Reject,
  type SourceEvent,
} from '../../../src/domain/source-event.js';
import type { FetchedDocument } from '../adapter.js';
import { decodeText } from '../common/decode.js';
import { englishVersion, isEnglish } from '../common/english.js';
import { replaceLineSeparators } from '../common/text.js';
import { categories, englishText, extension, geo, httpUrl, imageUrl, mainText, organizerName, splitLocation, text, weekdays } from './fields.js';
import { expand, subDailyRule, toEpoch } from './times.js';

/** The body is not a whole iCalendar file (not one at all, cut off, or unreadable): the source failed, not emptied. */
export class IcsFormatError extends AppError {
  constructor(message: string) {
    super('FEED_PARSE_FAILED', message);
    this.name = 'IcsFormatError';
  }
}

const OUTSIDE_HORIZON = 'no occurrence within the horizon';

/**
 * CASE: node-ical keys components by UID, so a VEVENT whose UID another VEVENT (an older SEQUENCE) or a VTODO also
 * uses disappears. Count them so the loss is reported, not silent.
 */
function lostToSharedUids(raw: string, cal: CalendarResponse): Reject[] {
  const written = raw.match(/^BEGIN:VEVENT\s*$/gim)?.length ?? 0;
  let parsed = 0;
  for (const item of Object.values(cal)) {
    if ((item as { type?: string } | undefined)?.type !== 'VEVENT') continue;
    parsed += 1 + new Set(Object.values((item as VEvent).recurrences ?? {})).size;
  }
  const lost = written - parsed;
  return lost > 0 ? [{ ref: '(file)', reason: `${lost} VEVENT(s) share a UID with another entry; only one was kept` }] : [];
}

function calendar(body: Uint8Array): { cal: CalendarResponse; rejects: Reject[] } {
  const decoded = decodeText(body);
  const fallback = decoded.fallback;
  // CASE: U+2028 in a SUMMARY made node-ical split the line and lose the property; as `\n` it is a TEXT newline.
  const raw = replaceLineSeparators(decoded.text, '\\n');
  const rejects: Reject[] = fallback ? [{ ref: '(file)', reason: 'not valid UTF-8; read as Windows-1252' }] : [];
  if (!/BEGIN:VCALENDAR/i.test(raw.slice(0, 2000))) throw new IcsFormatError('not an iCalendar file (no BEGIN:VCALENDAR)');
  // CASE: a feed cut off mid-transfer still parses, minus its tail; indexing it would delete the lost events.
  if (!/END:VCALENDAR\s*$/i.test(raw.trimEnd().slice(-200))) throw new IcsFormatError('truncated: no END:VCALENDAR at the end');
  try {
    const cal = ical.sync.parseICS(raw);
    return { cal, rejects: [...rejects, ...lostToSharedUids(raw, cal)] };
  } catch (err) {
    return parsePerUid(raw, rejects, (err as Error).message);
  }
}

/**
 * CASE: one broken VEVENT (e.g. a duplicate DTSTART late in a large file) makes node-ical reject the whole file. Parse
 * again one UID at a time (with the file's VTIMEZONEs) so only the broken event is lost.
 */
function parsePerUid(raw: string, rejects: Reject[], firstError: string): { cal: CalendarResponse; rejects: Reject[] } {
  const zones = raw.match(/BEGIN:VTIMEZONE[\s\S]*?END:VTIMEZONE\r?\n?/g) ?? [];
  const events = raw.match(/BEGIN:VEVENT[\s\S]*?END:VEVENT\r?\n?/g) ?? [];
  if (events.length === 0) throw new IcsFormatError(`iCalendar syntax error: ${firstError}`);
  const byUid = new Map<string, string[]>();
  for (const block of events) {
    const uid = /^UID[^:\r\n]*:(.*)$/m.exec(block)?.[1]?.trim() ?? block;
    byUid.set(uid, [...(byUid.get(uid) ?? []), block]);
  }
  const cal: CalendarResponse = {};
  for (const [uid, blocks] of byUid) {
    try {
      Object.assign(cal, ical.sync.parseICS(['BEGIN:VCALENDAR\r\n', ...zones, ...blocks, 'END:VCALENDAR\r\n'].join('')));
    } catch (err) {
      rejects.push({ ref: uid.slice(0, 200), reason: `iCalendar syntax error: ${(err as Error).message.slice(0, 200)}` });
    }
  }
  return { cal, rejects };
}

function statusOf(e: VEvent): SourceEvent['status'] {
  const s = String(e.status ?? '').toUpperCase();
  if (s === 'CANCELLED') return 'cancelled';
  return 'scheduled';
}

function describe(e: VEvent, lang: string | null): string {
  // CASE: Outlook and others put the rich version in X-ALT-DESC;FMTTYPE=text/html.
  const alt = (e as Record<string, unknown>)['ALT-DESC'];
  return mainText(alt, lang) || mainText(e.description, lang);
}

/** SUMMARY;LANGUAGE=en and DESCRIPTION;LANGUAGE=en beside the main ones, when they translate them. */
function englishOf(e: VEvent, main: { title: string; description: string; lang: string | null }): EnglishVersion | null {
  if (isEnglish(main.lang)) return null;
  const alt = (e as Record<string, unknown>)['ALT-DESC'];
  return englishVersion(main, { title: englishText(e.summary), description: englishText(alt) ?? englishText(e.description) });
}

function toSourceEvent(e: VEvent, source: SourceConfig, ctx: ParseContext, documentUrl: string): SourceEvent | Reject {
  const lang = source.defaults.lang ?? null;
  const title = mainText(e.summary, lang).replace(/\s+/g, ' ').trim();
  if (!e.start) return { ref: text(e.uid) || title || '(no uid)', reason: 'VEVENT without DTSTART' };
  // CASE: Outlook Web Access exports (and others) omit UID; title + start identify the event stably enough.
  const uid = text(e.uid).trim() || `no-uid:${title}:${e.start.toISOString()}`;
  if (!title) return { ref: uid, reason: 'VEVENT without SUMMARY' };
  if (subDailyRule(e)) return { ref: uid, reason: 'recurrence more often than daily is not supported' };
  const kind = extension(e, 'KIND') === 'experience' ? 'experience' : (source.defaults.kind ?? 'event');
  const base = { ...emptySourceEvent(uid, title), kind, status: statusOf(e) } satisfies SourceEvent;
  const when = whenOf(e, kind, ctx);
  if (when.occurrences.length === 0) return { ref: uid, reason: OUTSIDE_HORIZON };
  const lastModified = (e as { lastmodified?: Date }).lastmodified;
  const description = describe(e, lang);
  return {
    ...base,
    ...when,
    description,
    lang,
    english: englishOf(e, { title, description, lang }),
    categoriesRaw: categories(e),
    ...splitLocation(text(e.location)),
    geo: geo(e),
    openingHours: extension(e, 'OPENING-HOURS'),
    openWeekdays: weekdays(extension(e, 'OPEN-DAYS')),
    // Without ORGANIZER, the one the description names comes next (normaliseEvent), then the source's default.
    organizer: organizerName(e.organizer) ?? null,
    url: httpUrl(e.url),
    image: imageUrl(e, documentUrl),
    updatedAt: lastModified instanceof Date ? Math.floor(lastModified.getTime() / 1000) : null,
  };
}

function whenOf(e: VEvent, kind: SourceEvent['kind'], ctx: ParseContext): Pick<SourceEvent, 'occurrences' | 'allDay'> {
  const to = ctx.now + ctx.horizonDays * 86_400;
  if (kind === 'experience') {
    const allDay = e.datetype === 'date';
    const startsAt = toEpoch(e.start, allDay, ctx.defaultTimeZone);
    const endsAt = e.end ? toEpoch(e.end, allDay, ctx.defaultTimeZone) : OPEN_END;
    return endsAt < ctx.now ? { occurrences: [], allDay } : { occurrences: [{ startsAt, endsAt }], allDay };
  }
  return expand(e, ctx.now, to, ctx.defaultTimeZone);
}

/** iCalendar (RFC 5545) → events, one per VEVENT, with occurrences expanded within the horizon. */
export function parseIcs(doc: FetchedDocument, source: SourceConfig, ctx: ParseContext): ParseResult {
  const { cal, rejects } = calendar(doc.body);
  const events: SourceEvent[] = [];
  let skipped = 0;
  for (const item of Object.values(cal)) {
    if (!item || (item as { type?: string }).type !== 'VEVENT') continue;
    const e = item as VEvent;
    // An override whose base event is missing stands alone; overrides with a base are applied by expansion.
    try {
      const result = toSourceEvent(e, source, ctx, doc.url);
      if ('reason' in result && result.reason === OUTSIDE_HORIZON) skipped++;
      else if ('reason' in result) rejects.push(result);
      else events.push(result);
    } catch (err) {
      rejects.push({ ref: text(e.uid) || '(no uid)', reason: `unreadable VEVENT: ${(err as Error).message}` });
    }
  }
  return { events, rejects, skipped };
}
