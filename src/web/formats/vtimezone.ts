import { toWallTime } from '../../domain/time.js';

/*
 * A VTIMEZONE for an IANA zone, computed from the platform's time zone data (Intl) rather than typed in: every
 * offset change in the years asked for, as RDATEs of one STANDARD or DAYLIGHT block per pair of offsets. Calendar
 * apps that ignore the IANA name in TZID (Outlook) read the times through it.
 */

const DAY = 86_400;

function offsetAt(epoch: number, tz: string): number {
  const w = toWallTime(epoch, tz);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) / 1000 - epoch;
}

interface Transition {
  at: number;
  from: number;
  to: number;
}

/** Every offset change between `from` and `to` (epoch seconds), to the second. */
export function transitions(tz: string, from: number, to: number): Transition[] {
  const out: Transition[] = [];
  let before = offsetAt(from, tz);
  for (let t = from; t < to; t += DAY) {
    const after = offsetAt(t + DAY, tz);
    if (after === before) continue;
    let lo = t;
    let hi = t + DAY;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(mid, tz) === before) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: before, to: after });
    before = after;
  }
  return out;
}

function offsetText(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const abs = Math.abs(seconds);
  return `${sign}${String(Math.floor(abs / 3600)).padStart(2, '0')}${String(Math.floor((abs % 3600) / 60)).padStart(2, '0')}`;
}

/** Local time before the change (RFC 5545: a VTIMEZONE onset is written in the offset it changes from). */
function onset(t: Transition): string {
  const d = new Date((t.at + t.from) * 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

/** Computed once per zone and span (tens of milliseconds of Intl calls), then reused by every calendar file. */
const built = new Map<string, string>();

/** The VTIMEZONE block of `tz` covering the years `fromYear` to `toYear` (CRLF line ends, unfolded: lines are short). */
export function vtimezone(tz: string, fromYear: number, toYear: number): string {
  const key = `${tz}|${fromYear}|${toYear}`;
  const cached = built.get(key);
  if (cached !== undefined) return cached;
  if (built.size > 20) built.clear();
  const text = build(tz, fromYear, toYear);
  built.set(key, text);
  return text;
}

function build(tz: string, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1) / 1000;
  const end = Date.UTC(toYear + 1, 0, 1) / 1000;
  const changes = transitions(tz, start, end);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${tz}`];
  if (changes.length === 0) {
    const o = offsetText(offsetAt(start, tz));
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${o}`, `TZOFFSETTO:${o}`, 'END:STANDARD');
  }
  const groups = new Map<string, Transition[]>();
  for (const c of changes) {
    const key = `${c.from}|${c.to}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const group of groups.values()) {
    const [first, ...rest] = group as [Transition, ...Transition[]];
    // Moving the clock forward starts summer time; everything else is standard time.
    const kind = first.to > first.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(`BEGIN:${kind}`, `DTSTART:${onset(first)}`, `TZOFFSETFROM:${offsetText(first.from)}`, `TZOFFSETTO:${offsetText(first.to)}`);
    for (const t of rest) lines.push(`RDATE:${onset(t)}`);
    lines.push(`END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return `${lines.join('\r\n')}\r\n`;
}
