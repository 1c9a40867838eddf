import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FetchedDocument } from '../../../indexer/sources/adapter.js';
import { csvAdapter } from '../../../indexer/sources/csv/index.js';
import { icsAdapter } from '../../../indexer/sources/ics/index.js';
import { jsonAdapter } from '../../../indexer/sources/json/index.js';
import { jsonldAdapter } from '../../../indexer/sources/jsonld/index.js';
import type { SourceConfig } from '../../../src/config/data-schemas.js';
import { csvSourceSchema } from '../../../src/config/source-types/csv.js';
import { jsonSourceSchema } from '../../../src/config/source-types/json.js';
import { jsonldSourceSchema } from '../../../src/config/source-types/jsonld.js';
import type { ParseResult } from '../../../src/domain/source-event.js';
import en from '../../../src/web/messages/en.json' with { type: 'json' };
import sv from '../../../src/web/messages/sv.json' with { type: 'json' };
import { plainReject, REJECT_KINDS, rejectKind, UNKNOWN_REJECT } from '../../../src/web/reject-reason.js';
import { ctx } from '../indexer/sources/fixture.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const ics = { id: 'ics', type: 'ics', url: 'https://example.se/a.ics', enabled: true, defaults: {} } as SourceConfig;
const csv = (options: Record<string, unknown> = {}) => csvSourceSchema.parse({ id: 'csv', type: 'csv', url: 'https://example.se/a.csv', options });
const jsonld = jsonldSourceSchema.parse({ id: 'webb', type: 'jsonld', url: 'https://example.se/' });
const json = (options: Record<string, unknown>) => jsonSourceSchema.parse({ id: 'api', type: 'json', url: 'https://example.se/api', options });
const GENERIC_JSON = { mapping: { items: '/events', title: 'title', start: 'start' } };

/** Each feed file under tests/fixtures read by the adapter (and source settings) its folder is for; null: not a feed. */
function read(rel: string, doc: FetchedDocument): { adapter: string; result: ParseResult } | null {
  const ext = path.extname(rel);
  if (ext === '.ics') return { adapter: 'ics', result: icsAdapter.parse(doc, ics, ctx) };
  if (ext === '.csv') return { adapter: 'csv', result: csvAdapter.parse(doc, rel.includes('cbis') ? csv({ profile: 'cbis' }) : csv(), ctx) };
  if (ext === '.html' || ext === '.xml') return { adapter: 'jsonld', result: jsonldAdapter.parse(doc, jsonld, ctx) };
  if (ext !== '.json' || rel.startsWith('json-mappings/') || rel.startsWith('relevance/')) return null;
  const aarhus = /^real-world\/aarhus\/(\w+)\.json$/.exec(rel);
  if (aarhus) {
    const config = JSON.parse(readFileSync(path.join(FIXTURES, `json-mappings/aarhus-${aarhus[1]}.json`), 'utf8'));
    return { adapter: 'json', result: jsonAdapter.parse(doc, jsonSourceSchema.parse(config), ctx) };
  }
  const options = rel.includes('linked-events') ? { profile: 'linked-events' } : GENERIC_JSON;
  return { adapter: 'json', result: jsonAdapter.parse(doc, json(options), ctx) };
}

/** Every reject reason the adapters give for the fixtures, with the file that gave it first. */
function fixtureReasons(): { reasons: Map<string, string>; adapters: Set<string> } {
  const reasons = new Map<string, string>();
  const adapters = new Set<string>();
  for (const file of files(FIXTURES)) {
    const rel = path.relative(FIXTURES, file).split(path.sep).join('/');
    let outcome: ReturnType<typeof read>;
    try {
      outcome = read(rel, { url: `https://example.se/${rel}`, body: readFileSync(file), contentType: null });
    } catch {
      // A file the adapter refuses as a whole is a failed source (FEED_PARSE_FAILED, source-health.ts), not a reject.
      continue;
    }
    if (!outcome) continue;
    for (const r of outcome.result.rejects) {
      adapters.add(outcome.adapter);
      if (!reasons.has(r.reason)) reasons.set(r.reason, rel);
    }
  }
  return { reasons, adapters };
}

describe('reject reasons in plain words', () => {
  it('recognises every reason any adapter gives for the fixtures, real-world files included', () => {
    const { reasons, adapters } = fixtureReasons();
    // The sweep reaches every feed adapter: an empty sweep would pass for the wrong reason.
    expect([...adapters].sort()).toEqual(['csv', 'ics', 'json', 'jsonld']);
    expect(reasons.size).toBeGreaterThan(15);
    const unexplained = [...reasons].filter(([reason]) => rejectKind(reason) === UNKNOWN_REJECT).map(([reason, file]) => `${file}: ${reason}`);
    expect(unexplained).toEqual([]);
  });

  it('recognises the adapters\' sentences that no fixture happens to produce', () => {
    const cases: Record<string, string> = {
      'VEVENT without DTSTART': 'noStart',
      'iCalendar syntax error: RRULE must include FREQ': 'icsSyntax',
      '12 cells but the header has 14': 'cellCount',
      'invalid JSON in ld+json block: Unexpected token } in JSON at position 34': 'invalidJsonLd',
      'duplicate id "x" with a different name': 'duplicateName',
      'duplicate id "x"': 'duplicateId',
      'recurrence more often than daily is not supported': 'subDaily',
      'not valid UTF-8; read as Windows-1252': 'readAs1252',
      'binary content, not CSV (an .xlsx file saved under a .csv name?)': 'binary',
      'no title column (expected "titel" or "title" in the first row)': 'noTitleColumn',
      'invalid submission: title': 'invalidSubmission',
      'title: Too big: expected string to have <=300 characters; url: Invalid URL': 'invalidField',
    };
    for (const [reason, kind] of Object.entries(cases)) expect(rejectKind(reason), reason).toBe(kind);
    expect(rejectKind('something no adapter says yet')).toBe(UNKNOWN_REJECT);
  });

  it('has a sentence and a fix for every kind in Swedish and English', () => {
    const messages: Record<string, Record<string, string>> = { sv, en };
    for (const lang of ['sv', 'en']) {
      for (const kind of REJECT_KINDS) {
        expect(messages[lang]?.[`admin.reject.${kind}`], `${lang} admin.reject.${kind}`).toBeTruthy();
        expect(messages[lang]?.[`admin.rejectFix.${kind}`], `${lang} admin.rejectFix.${kind}`).toBeTruthy();
      }
    }
  });

  it('says what was wrong and what to do', () => {
    expect(plainReject('12 cells but the header has 14', 'sv')).toEqual({
      kind: 'cellCount',
      text: 'Raden har inte lika många celler som rubrikraden.',
      fix: 'Ofta ett kommatecken eller semikolon för mycket eller för lite; sätt citattecken runt text som innehåller avgränsaren.',
    });
    expect(plainReject('VEVENT without DTSTART', 'en').text).toBe('The item has no start time.');
  });
});
