import { describe, expect, it } from 'vitest';
import type { KioskConfig } from '../../../../src/config/kiosks-schema.js';
import { loadConfig } from '../../../../src/config/load-config.js';
import { publicUrlProblem, tokenAccepted } from '../../../../src/web/kiosk/access.js';

const site = loadConfig({}).app.site;
const kiosk = loadConfig({}).kiosks[0] as KioskConfig;

describe('what a kiosk address needs', () => {
  it('a public URL that a phone can open: not missing, not this machine', () => {
    expect(publicUrlProblem({ ...site, publicUrl: null })).toBe('missing');
    for (const url of ['http://localhost:3000', 'http://127.0.0.1:3000', 'http://0.0.0.0:3000', 'http://[::1]:3000', 'http://kiosk.localhost']) {
      expect(publicUrlProblem({ ...site, publicUrl: url }), url).toBe('local');
    }
    expect(publicUrlProblem({ ...site, publicUrl: 'https://upptack.vaxjo.se' })).toBeNull();
    expect(publicUrlProblem({ ...site, publicUrl: 'http://192.168.1.20:3000' })).toBeNull();
  });

  it('its token, when it has one', () => {
    expect(tokenAccepted(kiosk, undefined)).toBe(true);
    const locked = { ...kiosk, token: 'a-long-enough-screen-token' };
    expect(tokenAccepted(locked, 'a-long-enough-screen-token')).toBe(true);
    expect(tokenAccepted(locked, 'a-long-enough-screen-tokem')).toBe(false);
    expect(tokenAccepted(locked, undefined)).toBe(false);
    expect(tokenAccepted(locked, ['a-long-enough-screen-token'])).toBe(false);
  });
});
