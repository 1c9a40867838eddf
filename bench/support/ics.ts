import type { Config } from '../../src/config/load-config.js';
import { toWallTime } from '../../src/domain/time.js';
import { occurrencesOf, type SyntheticEvent } from './synthetic.js';

const VTIMEZONE = [
  'BEGIN:VTIMEZONE', 'TZID:Europe/Stockholm',
  'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST', 'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
  'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET', 'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD', 'END:VTIMEZONE',
];

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 line folding (at 74 characters; close enough to 75 octets for these benches). */
function fold(line: string): string {
  if (line.length <= 74) return line;
  const parts = [line.slice(0, 74)];
  for (let i = 74; i < line.length; i += 73) parts.push(` ${line.slice(i, i + 73)}`);
  return parts.join('\r\n');
}

function local(epoch: number, tz: string): string {
  const w = toWallTime(epoch, tz);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${w.year}${p(w.month)}${p(w.day)}T${p(w.hour)}${p(w.minute)}${p(w.second)}`;
}

function vevent(e: SyntheticEvent, words: Map<string, string>, now: number, tz: string): string[] {
  const first = occurrencesOf(e, now, tz)[0] as { startsAt: number; endsAt: number };
  const rule = e.schedule.repeat === 'none' ? [] : [`RRULE:FREQ=${e.schedule.repeat.toUpperCase()};COUNT=${e.schedule.count}`];
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    'DTSTAMP:20260101T090000Z',
    'LAST-MODIFIED:20260101T090000Z',
    `DTSTART;TZID=${tz}:${local(first.startsAt, tz)}`,
    `DTEND;TZID=${tz}:${local(first.endsAt, tz)}`,
    ...rule,
    `SUMMARY:${escapeText(e.title)}`,
    `DESCRIPTION:${escapeText(e.descriptionText)}`,
    `LOCATION:${escapeText([e.venue.name, e.venue.address].filter(Boolean).join(', '))}`,
    `GEO:${e.geo.lat};${e.geo.lng}`,
    `CATEGORIES:${e.categoryIds.map((id) => escapeText(words.get(id) ?? id)).join(',')}`,
    `ORGANIZER;CN="${e.organizer}":mailto:info@upptack.example`,
    `URL:${e.url}`,
    ...(e.image ? [`ATTACH;FMTTYPE=image/jpeg:${e.image}`] : []),
    ...(e.status === 'cancelled' ? ['STATUS:CANCELLED'] : []),
    'END:VEVENT',
  ].map(fold);
}

/** An iCalendar feed of the events (Europe/Stockholm local times with VTIMEZONE, RRULE for repeating ones). */
export function renderIcs(events: SyntheticEvent[], config: Config, now: number): string {
  const tz = config.app.site.timeZone;
  // Feed category words the taxonomy maps back to the ids (each category's first `match` word).
  const words = new Map(config.taxonomy.categories.map((c) => [c.id, c.match[0] ?? c.sv]));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Upptäck//bench//SV', 'CALSCALE:GREGORIAN', 'X-WR-TIMEZONE:Europe/Stockholm', ...VTIMEZONE];
  for (const e of events) lines.push(...vevent(e, words, now, tz));
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
