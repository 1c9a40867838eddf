import { describe, expect, it } from 'vitest';
import { createShortLinks, SHORT_CODE, shortCode, shortPath } from '../../../../src/web/kiosk/short-links.js';

describe('short links beside QR codes', () => {
  it('are six characters nobody misreads (no 0/o, 1/l/i), the same for an event every time', () => {
    const code = shortCode('vaxjo-kommun-8esRMNWCOEUVldxe');
    expect(code).toMatch(/^[2-9a-hjkmnp-z]{6}$/);
    expect(SHORT_CODE.test(code)).toBe(true);
    expect(shortCode('vaxjo-kommun-8esRMNWCOEUVldxe')).toBe(code);
    expect(shortCode('vaxjo-kommun-8esRMNWCOEUVldxf')).not.toBe(code);
  });

  it('do not collide among ten thousand events', () => {
    const codes = new Set(Array.from({ length: 10_000 }, (_, i) => shortCode(`source-${i}`)));
    expect(codes.size).toBe(10_000);
  });

  it('open the page in the language they were shown in', () => {
    expect(shortPath('sv', 'k3m9xq')).toBe('/e/k3m9xq');
    expect(shortPath('en', 'k3m9xq')).toBe('/en/e/k3m9xq');
  });

  it('remember the most recently shown events, within a bound', () => {
    const links = createShortLinks(2);
    links.remember(['a', 'b']);
    links.remember(['a', 'c']);
    expect(links.resolve(shortCode('a'))).toBe('a');
    expect(links.resolve(shortCode('c'))).toBe('c');
    expect(links.resolve(shortCode('b'))).toBeNull();
  });
});
