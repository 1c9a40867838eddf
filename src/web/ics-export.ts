import type { EventDoc } from '../domain/event.js';
import { toWallTime } from '../domain/time.js';

function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 folding: lines of at most 75 octets, continuation lines start with a space; never splits a character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function utc(epoch: number): string {
  return new Date(epoch * 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The local calendar date (YYYYMMDD) of an all-day occurrence in the site's zone. */
function localDate(epoch: number, tz: string): string {
  const w = toWallTime(epoch, tz);
  return `${w.year}${String(w.month).padStart(2, '0')}${String(w.day).padStart(2, '0')}`;
}

function vevent(d: EventDoc, url: string, stamp: number, tz: string): string[] {
  const when = d.allDay
    ? [`DTSTART;VALUE=DATE:${localDate(d.startsAt, tz)}`, `DTEND;VALUE=DATE:${localDate(d.endsAt + 1, tz)}`]
    : [`DTSTART:${utc(d.startsAt)}`, `DTEND:${utc(Math.max(d.endsAt, d.startsAt))}`];
  const location = d.venue ? [d.venue.name, d.venue.address].filter(Boolean).join(', ') : null;
  return [
    'BEGIN:VEVENT',
    `UID:${d.id}@upptack`,
    `DTSTAMP:${utc(stamp)}`,
    ...when,
    `SUMMARY:${escapeText(d.title)}`,
    ...(d.descriptionText ? [`DESCRIPTION:${escapeText(`${d.descriptionText}\n\n${url}`)}`] : []),
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    ...(d._geo ? [`GEO:${d._geo.lat};${d._geo.lng}`] : []),
    `URL:${url}`,
    ...(d.status === 'cancelled' ? ['STATUS:CANCELLED'] : []),
    'END:VEVENT',
  ];
}

/** An iCalendar file with one VEVENT per upcoming occurrence, for "add to calendar". */
export function toIcs(occurrences: EventDoc[], url: string, now: number, tz: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Upptack//Vaxjo//SV', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const d of occurrences) lines.push(...vevent(d, url, now, tz));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
