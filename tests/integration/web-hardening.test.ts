import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOnce } from '../../indexer/run-once.js';
import type { AppConfig } from '../../src/config/app-schema.js';
import { createApp } from '../../src/web/app.js';
import { quietLogger, startTestEngine, type TestEngine } from '../support/engine.js';
import { ANCHOR_NOW, listen } from '../support/http.js';
import { type CapturedLog, captureLog } from '../support/log-capture.js';

const TOKEN = 'admin-token-for-tests-0123456789';
const WRONG = 'wrong-token-which-is-almost-right-0123';
let t: TestEngine;
let log: CapturedLog;
const servers: { url: string; close(): Promise<void> }[] = [];
const now = () => ANCHOR_NOW;

/** A fresh app (its own lockout counters) on the one engine, logging into `log`; `app` changes its settings. */
async function app(change: (a: AppConfig) => AppConfig = (a) => a): Promise<string> {
  const config = { ...t.config, app: change(t.config.app) };
  const server = await listen(createApp({ config, reader: t.engine.reader, logger: log.logger, now }));
  servers.push(server);
  return server.url;
}

let base: string;
beforeAll(async () => {
  t = await startTestEngine({ ADMIN_TOKEN: TOKEN });
  await runOnce({ config: t.config, writer: t.engine.writer, logger: quietLogger, now });
  log = captureLog();
  base = await app();
});

afterAll(async () => {
  for (const s of servers) await s.close();
  await t?.close();
});

type Api = { total: number; hits: { eventId: string; title: string }[] };
const api = async (query: string) => (await (await fetch(`${base}/api/events?${query}`)).json()) as Api;

describe('error pages', () => {
  it('a 404 page is a whole page in the site layout: doctype, language, charset and styles', async () => {
    const res = await fetch(`${base}/finns-inte`);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<link rel="stylesheet" href="/assets/app.css">');
    expect(html).toContain('<h1>Sidan finns inte</h1>');
    const en = await (await fetch(`${base}/en/no-such-page`)).text();
    expect(en).toContain('<html lang="en">');
  });

  it('a gone event page offers a search for its title words, without alarm or an internal code', async () => {
    const res = await fetch(`${base}/evenemang/julkonsert-i-domkyrkan--kommun-finnsinte123`);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('Evenemanget finns inte här längre');
    expect(html).toMatch(/<form class="error-search" method="get" action="\/sok" role="search">/);
    expect(html).toContain('name="q" type="search" value="julkonsert i domkyrkan"');
    expect(html).not.toContain('NOT_FOUND');
    expect(html).not.toContain('role="alert"');
    const en = await (await fetch(`${base}/en/events/ice-hockey--x-gone`)).text();
    expect(en).toContain('action="/en/search"');
    expect(en).toContain('value="ice hockey"');
    // Anything else that is missing says so plainly, with the same search, empty.
    expect(await (await fetch(`${base}/en/nothing-here`)).text()).toContain('value=""');
  });

  it('a 401 from the admin page uses the layout too', async () => {
    const res = await fetch(`${base}/admin/sources`);
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="sv">');
  });

  it('an htmx request gets the inline error fragment, not a page', async () => {
    const html = await (await fetch(`${base}/finns-inte`, { headers: { 'HX-Request': 'true' } })).text();
    expect(html).toContain('id="results-region"');
    expect(html).not.toContain('<!doctype html>');
  });
});

describe('free text keeps its commas', () => {
  it('q=jazz,konsert searches both words, as "jazz konsert" does', async () => {
    const withComma = await api('q=jazz,konsert');
    const withSpace = await api(`q=${encodeURIComponent('jazz konsert')}`);
    expect(withComma.total).toBeGreaterThan(0);
    expect(withComma.hits.map((h) => h.eventId)).toEqual(withSpace.hits.map((h) => h.eventId));
    const page = await (await fetch(`${base}/sok?q=jazz,konsert`)).text();
    expect(page).toContain('value="jazz,konsert"');
  });

  it('a leading comma does not turn the search into "everything"', async () => {
    const all = await api('');
    const leading = await api('q=,Nyårskonsert');
    const plain = await api('q=Nyårskonsert');
    // The engine may rank a word after a separator a little differently; what matters is that it is searched.
    expect(leading.hits[0]?.eventId).toBe(plain.hits[0]?.eventId);
    expect(leading.hits[0]?.title).toMatch(/Nyårskonsert/);
    expect(leading.total).toBeGreaterThan(0);
    expect(leading.total).toBeLessThanOrEqual(plain.total);
    expect(leading.total).toBeLessThan(all.total);
  });
});

describe('admin authentication', () => {
  it('answers the 21st wrong token within a minute with 429, logs each failure at warn without the token', async () => {
    const url = await app();
    const auth = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await fetch(`${url}/admin/sources`, auth(WRONG))).status);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses[20]).toBe(429);
    // A lockout: the right token waits out the window too, so guessing cannot continue beside it.
    expect((await fetch(`${url}/admin/sources`, auth(TOKEN))).status).toBe(429);
    const lines = log.lines();
    const rejected = lines.filter((l) => l.msg === 'admin token rejected');
    expect(rejected).toHaveLength(20);
    expect(rejected.every((l) => l.level === 40 && l.client === '127.0.0.0/24')).toBe(true);
    expect(lines.filter((l) => l.msg === 'admin login locked out')).toHaveLength(1);
    expect(log.raw()).not.toContain(WRONG);
    expect(log.raw()).not.toContain(TOKEN);
  });

  describe('behind a reverse proxy', () => {
    const twoTries = (a: AppConfig): AppConfig => ({ ...a, adminLockout: { ...a.adminLockout, maxFailures: 2 } });
    const wrongFrom = (url: string, client: string) =>
      fetch(`${url}/admin/sources`, { headers: { authorization: `Bearer ${WRONG}`, 'x-forwarded-for': client } }).then((r) => r.status);

    it('ignores X-Forwarded-For by default: a visitor cannot dodge the lockout by naming another address', async () => {
      const url = await app(twoTries);
      const statuses = [];
      for (const client of ['203.0.113.1', '198.51.100.2', '192.0.2.3']) statuses.push(await wrongFrom(url, client));
      expect(statuses).toEqual([401, 401, 429]);
    });

    it('with TRUST_PROXY, locks out the client the proxy names, not everyone behind the proxy', async () => {
      const url = await app((a) => ({ ...twoTries(a), trustProxy: 'loopback' }));
      const before = log.lines().length;
      expect([await wrongFrom(url, '203.0.113.1'), await wrongFrom(url, '203.0.113.1'), await wrongFrom(url, '203.0.113.1')]).toEqual([401, 401, 429]);
      // Another visitor coming through the same proxy is not locked out.
      expect(await wrongFrom(url, '198.51.100.2')).toBe(401);
      const clients = log.lines().slice(before).filter((l) => l.msg === 'admin token rejected').map((l) => l.client);
      expect(clients).toEqual(['203.0.113.0/24', '203.0.113.0/24', '198.51.100.0/24']);
    });
  });

  it('correct tokens do not count towards the lockout', async () => {
    const url = await app();
    for (let i = 0; i < 25; i++) {
      expect((await fetch(`${url}/admin/sources`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    }
  });
});
