import { describe, expect, it } from 'vitest';
import { schemaOrgOpeningHours } from '../../../../src/web/formats/schema-org-hours.js';

const TZ = 'Europe/Stockholm';
const place = { lat: 56.88, lng: 14.81, country: 'se' };
/** Monday 2 February 2026, a week without Swedish public holidays. */
const MONDAY = Date.UTC(2026, 1, 2, 8) / 1000;

describe('opening hours in schema.org’s format', () => {
  it('groups days with the same hours into ranges', () => {
    expect(schemaOrgOpeningHours('Tu-Fr 10:00-17:00; Sa,Su 11:00-15:00', MONDAY, TZ, place)).toEqual(['Tu-Fr 10:00-17:00', 'Sa,Su 11:00-15:00']);
  });

  it('keeps split days, single days and midnight closing', () => {
    expect(schemaOrgOpeningHours('Mo,We 09:00-12:00,13:00-16:00; Fr 18:00-24:00', MONDAY, TZ, place)).toEqual(['Mo,We 09:00-12:00,13:00-16:00', 'Fr 18:00-23:59']);
    expect(schemaOrgOpeningHours('24/7', MONDAY, TZ, place)).toEqual(['Mo-Su 00:00-23:59']);
  });

  it('says nothing for a value it cannot read', () => {
    expect(schemaOrgOpeningHours('när vi känner för det', MONDAY, TZ, place)).toEqual([]);
  });
});
