import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvAdapter } from '../../../../indexer/sources/csv/index.js';
import { jsonldAdapter } from '../../../../indexer/sources/jsonld/index.js';
import { PROJECT_ROOT } from '../../../../src/config/load-config.js';
import { csvSourceSchema } from '../../../../src/config/source-types/csv.js';
import { jsonldSourceSchema } from '../../../../src/config/source-types/jsonld.js';
import { ctx, doc } from './fixture.js';

/*
 * A damaged body must fail the read (the source keeps its last good events), not parse to fewer events: those missing
 * would be deleted. ICS and JSON already did this; these are the CSV and JSON-LD cases a fault probe found.
 */

const sample = (name: string) => readFileSync(path.join(PROJECT_ROOT, 'config/sample-feeds', name));
const csvSource = csvSourceSchema.parse({ id: 'foreningar', type: 'csv', url: 'https://example.se/f.csv', options: { profile: 'upptack' } });
const ldSource = jsonldSourceSchema.parse({ id: 'teater', type: 'jsonld', url: 'https://example.se/program' });
const PROXY_502 = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

describe('CSV', () => {
  const whole = sample('foreningar.csv');
  const all = csvAdapter.parse(doc('https://example.se/f.csv', whole), csvSource, ctx).events.length;

  it('a file cut inside a quoted field is a failed read, not a shorter list', () => {
    const quote = whole.indexOf(0x22, Math.floor(whole.length / 2));
    const cut = whole.subarray(0, quote + 20);
    expect(all).toBeGreaterThan(10);
    expect(() => csvAdapter.parse(doc('https://example.se/f.csv', cut), csvSource, ctx)).toThrow(/truncated: the file ends inside a quoted field/);
  });

  it('a header-only file parses to no events (the drop guard decides whether to believe it)', () => {
    const header = whole.subarray(0, whole.indexOf(0x0a) + 1);
    expect(csvAdapter.parse(doc('https://example.se/f.csv', header), csvSource, ctx)).toEqual({ events: [], rejects: [] });
  });
});

describe('JSON-LD', () => {
  it('reads the sample page', () => {
    expect(jsonldAdapter.parse(doc('https://example.se/program', sample('vaxjo-teater.html')), ldSource, ctx).events.length).toBeGreaterThan(5);
  });

  it('a proxy error page served with 200 in place of the events page is a failed read', () => {
    expect(() => jsonldAdapter.parse(doc('https://example.se/program', PROXY_502), ldSource, ctx)).toThrow(/has no JSON-LD/);
  });

  it('a page a sitemap leads to may have no events: skipped, not failed', () => {
    const followed = { ...doc('https://example.se/om-oss', PROXY_502), followed: true };
    expect(jsonldAdapter.parse(followed, ldSource, ctx)).toEqual({ events: [], rejects: [], skipped: 1 });
  });

  it('a page cut inside its JSON-LD is a failed read', () => {
    const html = sample('vaxjo-teater.html').toString('utf8');
    const start = html.lastIndexOf('application/ld+json');
    const cut = html.slice(0, start + 200);
    expect(() => jsonldAdapter.parse(doc('https://example.se/program', cut), ldSource, ctx)).toThrow(/ends inside its JSON-LD/);
  });
});
