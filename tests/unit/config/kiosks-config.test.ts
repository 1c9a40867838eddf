import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { configFile, configProblems as problems } from '../../support/config-files.js';

const kiosksFile = (content: unknown) => configFile('kiosks.json', content);

const minimal = { id: 'biblioteket', name: 'Stadsbiblioteket', location: { lat: 56.88, lng: 14.81, name: 'Stadsbiblioteket' } };

describe('kiosk configuration', () => {
  it('ships the tourist office screen, in the city centre, portrait, in Swedish and English', () => {
    const [kiosk, ...others] = loadConfig({}).kiosks;
    expect(others).toEqual([]);
    expect(kiosk).toMatchObject({ id: 'turistbyran', orientation: 'portrait', languages: ['sv', 'en'], token: null });
    expect(kiosk?.location.name).toEqual({ sv: 'Turistbyrån', en: 'the tourist office' });
    expect(Math.abs((kiosk?.location.lat ?? 0) - 56.8777)).toBeLessThan(0.01);
    expect(kiosk?.idle.afterSeconds).toBeGreaterThanOrEqual(60);
    expect(kiosk?.idle.afterSeconds).toBeLessThanOrEqual(90);
  });

  it('needs only an id, a name and a location; the rest has defaults a screen can run with', () => {
    const [kiosk] = loadConfig({ KIOSKS_FILE: kiosksFile({ kiosks: [minimal] }) }).kiosks;
    expect(kiosk).toEqual({
      ...minimal,
      location: { ...minimal.location, name: { sv: 'Stadsbiblioteket', en: 'Stadsbiblioteket' } },
      orientation: 'portrait',
      languages: ['sv', 'en'],
      idle: { afterSeconds: 75, countdownSeconds: 10 },
      refreshSeconds: 60,
      rotateSeconds: 8,
      versionCheckSeconds: 60,
      nightlyReload: '04:30',
      emphasis: [],
      token: null,
    });
  });

  it('names the file, the key and the value of every mistake', () => {
    const file = kiosksFile({
      kiosks: [
        { ...minimal, orientation: 'sideways', nightlyReload: '25:00', token: 'short' },
        { ...minimal, emphasis: ['jazz'], languages: ['sv', 'fi'] },
      ],
    });
    const msg = problems({ KIOSKS_FILE: file });
    expect(msg).toContain(`kiosks.0.orientation (from KIOSKS_FILE ${file})`);
    expect(msg).toContain('kiosks.0.nightlyReload');
    expect(msg).toContain('must be a 24-hour time');
    expect(msg).toContain('kiosks.0.token');
    expect(msg).toContain('kiosks.1.languages');
  });

  it('refuses two screens with one id (one address)', () => {
    expect(problems({ KIOSKS_FILE: kiosksFile({ kiosks: [minimal, minimal] }) })).toContain('kiosks.1.id (from KIOSKS_FILE');
    expect(problems({ KIOSKS_FILE: kiosksFile({ kiosks: [minimal, minimal] }) })).toContain('duplicate kiosk id "biblioteket"');
  });

  it('refuses categories the taxonomy does not have and languages the site does not serve', () => {
    const file = kiosksFile({ kiosks: [{ ...minimal, emphasis: ['music', 'jazz'] }] });
    expect(problems({ KIOSKS_FILE: file })).toContain('kiosks.0.emphasis (from KIOSKS_FILE');
    expect(problems({ KIOSKS_FILE: file })).toContain('"jazz" is not a category id');
    const english = kiosksFile({ kiosks: [{ ...minimal, languages: ['en'] }] });
    const sv = configFile('sv-only.json', { site: { languages: ['sv'] } });
    expect(problems({ KIOSKS_FILE: english, CONFIG_FILE: sv })).toContain('"en" is not one of site.languages (sv)');
  });
});
