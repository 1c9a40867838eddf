import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IcsFormatError, parseIcs } from '../../../../../indexer/sources/ics/parse.js';
import type { SourceConfig } from '../../../../../src/config/data-schemas.js';

/** One folder per origin; the .ics files are in node-ical/, recurring-ical-events/ and placecal/ (all swept below). */
const REAL_WORLD = path.resolve(import.meta.dirname, '../../../../fixtures/real-world');
const source = { id: 'real', type: 'ics', url: 'x', enabled: true, defaults: {} } as SourceConfig;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.ics') ? [full] : [];
  });
}

/** The earliest DTSTART year-month-day in a file, so old real-world feeds are parsed from their own time. */
function earliest(text: string): number {
  const events = text.split(/BEGIN:VEVENT/).slice(1).join('\n');
  const dates = [...events.matchAll(/DTSTART[^:\r\n]*:(\d{8})/g)].map((m) => m[1] as string).sort();
  const d = dates[0] ?? '20200101';
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(4, 6)) - 1, Number(d.slice(6, 8))) / 1000 - 86_400;
}

function parseFile(file: string, now?: number) {
  const body = readFileSync(file);
  return parseIcs({ url: file, body, contentType: null }, source, {
    now: now ?? earliest(body.toString('latin1')),
    horizonDays: 3650,
    defaultTimeZone: 'Europe/Stockholm',
  });
}

const all = files(REAL_WORLD);

describe('every real-world iCalendar file in tests/fixtures/real-world', () => {
  it('finds the ~150 files', () => {
    expect(all.length).toBeGreaterThanOrEqual(140);
  });

  it('yields events or a clear per-file error — never a crash or a hang', () => {
    const outcomes = { events: 0, filesWithEvents: 0, formatErrors: 0, emptyButExplained: 0 };
    for (const file of all) {
      const started = Date.now();
      let result: ReturnType<typeof parseFile> | null = null;
      let error: unknown = null;
      try {
        result = parseFile(file);
      } catch (err) {
        error = err;
      }
      expect(Date.now() - started, `${path.basename(file)} took too long`).toBeLessThan(10_000);
      if (error) {
        expect(error, `${path.basename(file)} crashed`).toBeInstanceOf(IcsFormatError);
        outcomes.formatErrors++;
      } else if (result && result.events.length > 0) {
        outcomes.events += result.events.length;
        outcomes.filesWithEvents++;
      } else {
        // No events must come with a reason: rejects, skipped records, or a calendar without VEVENTs.
        const explained = !!result && (result.rejects.length > 0 || (result.skipped ?? 0) > 0 || !/BEGIN:VEVENT/.test(readFileSync(file, 'utf8')));
        expect(explained, `${path.basename(file)} gave nothing and said nothing`).toBe(true);
        outcomes.emptyButExplained++;
      }
    }
    console.info('real-world iCalendar files:', JSON.stringify(outcomes));
    expect(outcomes.filesWithEvents).toBeGreaterThan(100);
    expect(outcomes.events).toBeGreaterThan(400);
  });
});

describe('recurring events checked by hand', () => {
  const local = (t: number, tz: string) =>
    new Intl.DateTimeFormat('sv-SE', { timeZone: tz, dateStyle: 'short', timeStyle: 'short' }).format(t * 1000);

  it('daily COUNT=10 with two EXDATEs and one moved occurrence (Los Angeles)', () => {
    const r = parseFile(path.join(REAL_WORLD, 'node-ical/daily-count-exdate-recurrence-id.ics'));
    const hunt = r.events.find((e) => e.uid === '0000001');
    const starts = hunt?.occurrences.map((o) => local(o.startsAt, 'America/Los_Angeles'));
    expect(starts).toEqual([
      '2015-07-06 12:00',
      '2015-07-09 12:00',
      '2015-07-09 15:00',
      '2015-07-11 12:00',
      '2015-07-12 12:00',
      '2015-07-13 12:00',
      '2015-07-14 12:00',
      '2015-07-15 12:00',
    ]);
  });

  it('bi-weekly Monday/Thursday until 14 Aug with comma-separated EXDATEs (US/Central)', () => {
    const r = parseFile(path.join(REAL_WORLD, 'node-ical/biweekly-exdate-until.ics'));
    const e = r.events.find((x) => x.title === 'Example of comma-separated exdates');
    const starts = e?.occurrences.map((o) => local(o.startsAt, 'America/Chicago')) ?? [];
    expect(starts[0]).toBe('2017-02-16 09:00');
    expect(starts).not.toContain('2017-07-06 09:00');
    expect(starts).not.toContain('2017-07-17 09:00');
    expect(starts.every((s) => s.endsWith('09:00'))).toBe(true);
    expect(starts.at(-1)! < '2017-08-15').toBe(true);
  });

  it('a truncated or non-calendar file is a format error, not an empty feed', () => {
    const full = readFileSync(path.join(REAL_WORLD, 'node-ical/multi-event-basic.ics'));
    const cut = full.subarray(0, Math.floor(full.length * 0.6));
    const ctx = { now: 0, horizonDays: 30, defaultTimeZone: 'Europe/Stockholm' };
    expect(() => parseIcs({ url: 'x', body: cut, contentType: null }, source, ctx)).toThrow(IcsFormatError);
    expect(() => parseIcs({ url: 'x', body: Buffer.from('<html></html>'), contentType: null }, source, ctx)).toThrow(/not an iCalendar/);
  });
});
