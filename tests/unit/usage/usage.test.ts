import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createUsage, keptWords, pruneUsage, routeKind, usageFile } from '../../../src/usage/usage.js';

const TZ = 'Europe/Stockholm';
const JAN_5 = Date.UTC(2026, 0, 5, 8) / 1000;

describe('usage figures', () => {
  it('keeps words of searches as words, and nothing that may be personal', () => {
    expect(keptWords('  Skridsko   DISCO ')).toBe('skridsko disco');
    expect(keptWords('anna.svensson@example.se')).toBeNull();
    expect(keptWords('070-123 45 67')).toBeNull();
    expect(keptWords('19800101-1234')).toBeNull();
    expect(keptWords('konsert 2026')).toBe('konsert 2026');
  });

  it('counts per local day and keeps zero-result words only', async () => {
    let now = JAN_5;
    const dataDir = mkdtempSync(path.join(tmpdir(), 'usage-'));
    const usage = createUsage({ dataDir, tz: TZ, now: () => now });
    usage.count('search');
    usage.searched('jazz', 12);
    usage.searched('Qwerty', 0);
    now = Date.UTC(2026, 0, 5, 23, 30) / 1000; // 00:30 on 6 January in Stockholm
    usage.count('search');
    await usage.flush();
    const stored = JSON.parse(readFileSync(usageFile(dataDir), 'utf8'));
    expect(stored).toEqual({ '2026-01-05': { routes: { search: 1 }, zero: { qwerty: 1 } }, '2026-01-06': { routes: { search: 1 }, zero: {} } });
  });

  it('forgets words after 90 days and counts after 400', () => {
    const day = { routes: { search: 3 }, zero: { qwerty: 1 } };
    const pruned = pruneUsage({ '2025-10-01': day, '2024-11-01': day, '2026-01-01': day }, '2026-01-05');
    expect(pruned).toEqual({ '2025-10-01': { routes: { search: 3 }, zero: {} }, '2026-01-01': day });
  });

  it('sorts requests into kinds by path alone', () => {
    expect(routeKind('GET', '/sok')).toBe('search');
    expect(routeKind('POST', '/')).toBe('home');
    expect(routeKind('GET', '/evenemang/jazz--x.ics')).toBe('ics');
    expect(routeKind('GET', '/api/events.atom')).toBe('feed');
    expect(routeKind('GET', '/embed')).toBe('embed');
    expect(routeKind('GET', '/assets/app.css')).toBeNull();
    expect(routeKind('POST', '/admin/sources/x/confirm')).toBeNull();
  });
});
