/** One VEVENT of a scenario feed; times are epoch seconds, written in UTC. */
export interface ScenarioEvent {
  uid: string;
  title: string;
  start: number;
  /** Seconds; 2 hours if absent. */
  duration?: number;
  description?: string;
  url?: string;
  geo?: { lat: number; lng: number };
  location?: string;
}

const KONSERTHUSET = { lat: 56.8804, lng: 14.803 };

function utc(epoch: number): string {
  return new Date(epoch * 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/** RFC 5545 folding at 74 characters (close enough to 75 octets for these feeds). */
function fold(line: string): string {
  const parts = [line.slice(0, 74)];
  for (let i = 74; i < line.length; i += 73) parts.push(` ${line.slice(i, i + 73)}`);
  return parts.join('\r\n');
}

/** A whole iCalendar feed for integration scenarios: dates relative to the test's clock, not fixed in a file. */
export function icsFeed(events: ScenarioEvent[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Upptäck//tests//SV'];
  for (const e of events) {
    const geo = e.geo ?? KONSERTHUSET;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      'DTSTAMP:20260101T090000Z',
      `DTSTART:${utc(e.start)}`,
      `DTEND:${utc(e.start + (e.duration ?? 7200))}`,
      `SUMMARY:${escapeText(e.title)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      ...(e.url ? [`URL:${e.url}`] : []),
      `LOCATION:${escapeText(e.location ?? 'Växjö Konserthus')}`,
      `GEO:${geo.lat};${geo.lng}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR', '');
  return lines.map(fold).join('\r\n');
}

/** `count` distinct events a day apart from `from`, titled `${prefix} 1` … */
export function manyEvents(prefix: string, count: number, from: number): ScenarioEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    uid: `${prefix.toLowerCase().replace(/\W+/g, '-')}-${i + 1}`,
    title: `${prefix} ${i + 1}`,
    start: from + i * 86_400,
  }));
}
