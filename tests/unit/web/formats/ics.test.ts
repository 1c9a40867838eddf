import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { calendarIcs, occurrenceUid, sequenceOf } from '../../../../src/web/formats/ics.js';
import { transitions, vtimezone } from '../../../../src/web/formats/vtimezone.js';
import { sampleDoc } from '../../../support/sample-doc.js';

const TZ = 'Europe/Stockholm';
const NOW = Date.UTC(2026, 0, 5, 8) / 1000;
const ctx = { now: NOW, tz: TZ, pageUrl: () => 'https://upptack.example/evenemang/jazz--src-abc', name: 'Musik i Växjö' };

function vevents(text: string) {
  return Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
}

describe('calendar files', () => {
  it('writes each occurrence at its own instant, in the site zone, with a VTIMEZONE for it', () => {
    const summer = sampleDoc();
    const winter = sampleDoc({ id: 'src-abc-2', startsAt: Date.UTC(2026, 11, 1, 17) / 1000, endsAt: Date.UTC(2026, 11, 1, 19) / 1000 });
    const text = calendarIcs([summer, winter], ctx);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm');
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20260701T180000');
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20261201T180000');
    expect(text).toContain('X-WR-CALNAME:Musik i Växjö');
    const parsed = vevents(text);
    expect(parsed.map((e) => e.start.getTime() / 1000)).toEqual([summer.startsAt, winter.startsAt]);
    expect(parsed.map((e) => (e.end?.getTime() ?? 0) / 1000)).toEqual([summer.endsAt, winter.endsAt]);
  });

  it('writes the stamps in UTC and a well-formed PRODID (RFC 5545 3.7.3, 3.8.7.2), as a validator expects', () => {
    const text = calendarIcs([sampleDoc({ updatedAt: Date.UTC(2026, 0, 2, 9, 30) / 1000 })], ctx);
    expect(text).toContain('\r\nPRODID:-//Upptack//Vaxjo//SV\r\n');
    expect(text).toContain('\r\nDTSTAMP:20260105T080000Z\r\n');
    expect(text).toContain('\r\nLAST-MODIFIED:20260102T093000Z\r\n');
  });

  it('escapes and folds what feeds write, so the text comes back as it was', () => {
    const title = 'Konsert; "Vår, sommar" \\ höst – '.repeat(4);
    const text = calendarIcs([sampleDoc({ title, descriptionText: 'Rad ett\nRad två, med komma; och semikolon' })], ctx);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const [event] = vevents(text);
    expect(event?.summary).toBe(title);
    expect(event?.description).toBe('Rad ett\nRad två, med komma; och semikolon\n\nhttps://upptack.example/evenemang/jazz--src-abc');
    expect(event?.location).toBe('Konserthuset, Västra Esplanaden 10, Växjö');
  });

  it('marks cancelled occurrences as cancelled and leaves places out', () => {
    const text = calendarIcs([sampleDoc({ status: 'cancelled' }), sampleDoc({ id: 'p-1', eventId: 'p', kind: 'experience', startsAt: 0, endsAt: 4_102_444_800 })], ctx);
    const events = vevents(text);
    expect(events).toHaveLength(1);
    expect(events[0]?.status).toBe('CANCELLED');
  });

  it('writes all-day occurrences as dates, the end being the day after the last', () => {
    const start = Date.UTC(2026, 6, 3, 22) / 1000; // 4 July 00:00 in Stockholm
    const text = calendarIcs([sampleDoc({ allDay: true, startsAt: start, endsAt: start + 2 * 86_400 - 1 })], ctx);
    expect(text).toContain('DTSTART;VALUE=DATE:20260704');
    expect(text).toContain('DTEND;VALUE=DATE:20260706');
  });

  it('keeps the UID of an occurrence and raises SEQUENCE when it changes', () => {
    const before = sampleDoc();
    const after = sampleDoc({ title: 'Jazzkväll (ny tid för insläpp)', updatedAt: before.updatedAt + 900 });
    expect(occurrenceUid(after)).toBe(occurrenceUid(before));
    expect(sequenceOf(after)).toBeGreaterThan(sequenceOf(before));
    const [a] = vevents(calendarIcs([before], ctx));
    const [b] = vevents(calendarIcs([after], ctx));
    expect(a?.uid).toBe(b?.uid);
    expect(Number(b?.sequence)).toBeGreaterThan(Number(a?.sequence));
    expect(sequenceOf(after)).toBeLessThan(2 ** 31);
  });
});

describe('VTIMEZONE from the platform zone data', () => {
  it('finds Stockholm’s changes of 2026 at 01:00 UTC on the last Sundays of March and October', () => {
    const found = transitions(TZ, Date.UTC(2026, 0, 1) / 1000, Date.UTC(2027, 0, 1) / 1000);
    expect(found.map((t) => new Date(t.at * 1000).toISOString())).toEqual(['2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z']);
  });

  it('writes each onset in local time before the change', () => {
    const text = vtimezone(TZ, 2026, 2026);
    expect(text).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200');
    expect(text).toContain('BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100');
  });

  it('writes one fixed offset for a zone without changes', () => {
    expect(vtimezone('Asia/Kolkata', 2026, 2026)).toContain('TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530');
  });
});
