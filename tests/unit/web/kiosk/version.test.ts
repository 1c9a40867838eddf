import { describe, expect, it } from 'vitest';
import type { KioskConfig } from '../../../../src/config/kiosks-schema.js';
import { kioskVersion } from '../../../../src/web/kiosk/version.js';

const TZ = 'Europe/Stockholm';
const kiosk = {
  id: 'turistbyran', name: 'Turistbyrån', location: { lat: 56.879, lng: 14.8056, name: { sv: 'Turistbyrån', en: 'the tourist office' } },
  orientation: 'portrait', languages: ['sv', 'en'], idle: { afterSeconds: 75, countdownSeconds: 10 }, refreshSeconds: 60,
  rotateSeconds: 8, versionCheckSeconds: 60, nightlyReload: '04:30', emphasis: [], token: null,
} satisfies KioskConfig;
/** Stockholm wall time → epoch seconds (winter, UTC+1; summer, UTC+2). */
const winter = (d: string, hm: string) => Date.parse(`${d}T${hm}:00+01:00`) / 1000;
const summer = (d: string, hm: string) => Date.parse(`${d}T${hm}:00+02:00`) / 1000;

describe('a kiosk screen’s version', () => {
  it('stays the same all day, and changes once at the nightly reload time', () => {
    const before = kioskVersion('shell1', kiosk, winter('2026-01-06', '04:29'), TZ);
    expect(kioskVersion('shell1', kiosk, winter('2026-01-05', '12:00'), TZ)).toBe(before);
    expect(kioskVersion('shell1', kiosk, winter('2026-01-05', '04:30'), TZ)).toBe(before);
    const after = kioskVersion('shell1', kiosk, winter('2026-01-06', '04:30'), TZ);
    expect(after).not.toBe(before);
    expect(kioskVersion('shell1', kiosk, winter('2026-01-06', '23:59'), TZ)).toBe(after);
  });

  it('reads the nightly time on the local clock, in summer time too, and across the DST change', () => {
    expect(kioskVersion('s', kiosk, summer('2026-07-01', '04:31'), TZ)).toMatch(/\.2026-07-01$/);
    expect(kioskVersion('s', kiosk, summer('2026-07-01', '04:29'), TZ)).toMatch(/\.2026-06-30$/);
    // 29 March 2026: clocks go from 02:00 to 03:00; 03:30 local is before the reload time, so still the 28th's.
    expect(kioskVersion('s', kiosk, summer('2026-03-29', '03:30'), TZ)).toMatch(/\.2026-03-28$/);
    expect(kioskVersion('s', kiosk, summer('2026-03-29', '04:30'), TZ)).toMatch(/\.2026-03-29$/);
  });

  it('changes with a deployment of the shell and with the screen’s own settings, and has no date without a nightly reload', () => {
    const now = winter('2026-01-05', '12:00');
    expect(kioskVersion('shell2', kiosk, now, TZ)).not.toBe(kioskVersion('shell1', kiosk, now, TZ));
    expect(kioskVersion('shell1', { ...kiosk, idle: { afterSeconds: 60, countdownSeconds: 10 } }, now, TZ)).not.toBe(kioskVersion('shell1', kiosk, now, TZ));
    const none = { ...kiosk, nightlyReload: null };
    expect(kioskVersion('shell1', none, now, TZ)).toBe(kioskVersion('shell1', none, now + 3 * 86_400, TZ));
  });
});
