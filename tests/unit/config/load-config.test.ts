import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { configFile, configProblems as problems } from '../../support/config-files.js';

const sourcesFile = (content: unknown) => configFile('sources.json', content);

describe('configuration', () => {
  it('loads the defaults, frozen', () => {
    const config = loadConfig({});
    expect(config.app.port).toBe(3000);
    expect(Object.isFrozen(config.app.meili)).toBe(true);
    expect(config.sources.length).toBeGreaterThan(3);
  });

  it('applies environment overrides with types', () => {
    const config = loadConfig({ PORT: '8080', INDEXER_IN_PROCESS: 'no', MEILI_URL: 'http://meili:7700' });
    expect([config.app.port, config.app.indexer.runInProcess, config.app.meili.url]).toEqual([8080, false, 'http://meili:7700']);
  });

  it('names every bad key with its source and value', () => {
    const msg = problems({ PORT: '70000', LOG_LEVEL: 'loud', MEILI_URL: 'not a url', INDEXER_SCHEDULE: 'often' });
    expect(msg).toContain('port (from environment variable PORT)');
    expect(msg).toContain('got 70000');
    expect(msg).toContain('logLevel (from environment variable LOG_LEVEL)');
    expect(msg).toContain('meili.url (from environment variable MEILI_URL)');
    expect(msg).toContain('indexer.schedule (from environment variable INDEXER_SCHEDULE): must be a cron expression');
  });

  it('trusts no proxy unless told; TRUST_PROXY takes a hop count, off, or addresses and ranges', () => {
    expect(loadConfig({}).app.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).app.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'off' }).app.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::1' }).app.trustProxy).toBe('loopback, 10.0.0.0/8, fd00::1');
    // `true` would believe any X-Forwarded-For a visitor sends.
    for (const bad of ['true', 'everyone', '10.0.0.0/33', '300.1.1.1', '99']) {
      expect(problems({ TRUST_PROXY: bad }), bad).toContain('trustProxy (from environment variable TRUST_PROXY): must be false, a number of proxies');
    }
  });

  it('rejects sources with unknown types or other URL schemes', () => {
    const file = sourcesFile({
      sources: [
        { id: 'a', type: 'ics', url: 'ftp://x.se/b.ics' },
        { id: 'c', type: 'rss', url: 'https://x.se/c' },
      ],
    });
    const msg = problems({ SOURCES_FILE: file });
    expect(msg).toContain(`sources.0.url (from SOURCES_FILE ${file}): must be http(s)://…, file://… or a plain path`);
    expect(msg).toMatch(/sources\.1\.type/);
  });

  it('rejects duplicate source ids', () => {
    const file = sourcesFile({ sources: [{ id: 'a', type: 'ics', url: 'a.ics' }, { id: 'a', type: 'ics', url: 'b.ics' }] });
    expect(problems({ SOURCES_FILE: file })).toContain('sources.1.id');
    expect(problems({ SOURCES_FILE: file })).toContain('duplicate source id "a"');
  });

  it('says which file is not valid JSON', () => {
    expect(problems({ SOURCES_FILE: sourcesFile('{ nope') })).toMatch(/SOURCES_FILE: .*sources\.json is not valid JSON/);
  });
});
