import { describe, expect, it } from 'vitest';
import { lastEndOf, occurrencesOf, organiserMay } from '../../../src/domain/submission.js';

const TZ = 'Europe/Stockholm';
const utc = (iso: string) => Date.parse(iso) / 1000;

describe('the dates of a submission', () => {
  it('reads local times in the site zone, winter and summer', () => {
    expect(occurrencesOf([{ date: '2026-01-10', start: '13:00', end: '16:00' }], TZ)).toEqual([{ startsAt: utc('2026-01-10T12:00:00Z'), endsAt: utc('2026-01-10T15:00:00Z'), allDay: false }]);
    expect(occurrencesOf([{ date: '2026-07-10', start: '13:00', end: null }], TZ)).toEqual([{ startsAt: utc('2026-07-10T11:00:00Z'), endsAt: utc('2026-07-10T11:00:00Z'), allDay: false }]);
  });

  it('makes a date without a start time last the whole local day, across a DST change too', () => {
    const [o] = occurrencesOf([{ date: '2026-03-29', start: null, end: null }], TZ);
    expect(o).toEqual({ startsAt: utc('2026-03-28T23:00:00Z'), endsAt: utc('2026-03-29T22:00:00Z'), allDay: true });
  });

  it('runs an end before the start past midnight', () => {
    const [o] = occurrencesOf([{ date: '2026-01-10', start: '22:00', end: '01:30' }], TZ);
    expect(o?.endsAt).toBe(utc('2026-01-11T00:30:00Z'));
  });

  it('counts retention from the end of the last date', () => {
    expect(lastEndOf([{ date: '2026-01-10', start: '13:00', end: '16:00' }, { date: '2026-01-03', start: null, end: null }], TZ)).toBe(utc('2026-01-10T15:00:00Z'));
  });

  it('lets the organiser edit only while pending, and withdraw until it is decided against', () => {
    expect(organiserMay('pending')).toEqual({ edit: true, withdraw: true });
    expect(organiserMay('approved')).toEqual({ edit: false, withdraw: true });
    expect(organiserMay('rejected')).toEqual({ edit: false, withdraw: false });
    expect(organiserMay('withdrawn')).toEqual({ edit: false, withdraw: false });
  });
});
