import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dependencyState, logSummary } from '../../src/log-summary.js';
import { captureLog } from '../support/log-capture.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('repeated errors', () => {
  it('logs the first of a burst at once, then one count per interval, and forgets a burst that ended', () => {
    const log = captureLog();
    const summary = logSummary(log.logger, 60_000);
    for (let i = 0; i < 1000; i++) summary.note('SEARCH_UNAVAILABLE', 'warn', { code: 'SEARCH_UNAVAILABLE' }, 'request failed');
    expect(log.lines()).toHaveLength(1);
    vi.advanceTimersByTime(60_000);
    expect(log.lines().at(-1)).toMatchObject({ kind: 'SEARCH_UNAVAILABLE', repeats: 999, msg: 'request failed (repeated)' });
    vi.advanceTimersByTime(60_000);
    expect(log.lines()).toHaveLength(2);
    summary.note('SEARCH_UNAVAILABLE', 'warn', {}, 'request failed');
    expect(log.lines()).toHaveLength(3);
    summary.stop();
  });

  it('keeps kinds apart', () => {
    const log = captureLog();
    const summary = logSummary(log.logger, 60_000);
    summary.note('A', 'error', {}, 'a');
    summary.note('B', 'warn', {}, 'b');
    summary.note('A', 'error', {}, 'a');
    vi.advanceTimersByTime(60_000);
    expect(log.lines().map((l) => [l.kind, l.repeats ?? 0])).toEqual([['A', 0], ['B', 0], ['A', 1]]);
    summary.stop();
  });
});

describe('a dependency', () => {
  it('logs going down once and coming back once, with how long it was gone', () => {
    const log = captureLog();
    const dep = dependencyState(log.logger, 'search engine');
    dep.up();
    dep.down('ECONNREFUSED');
    dep.down('ECONNREFUSED');
    vi.advanceTimersByTime(5000);
    dep.up();
    dep.up();
    expect(log.lines().map((l) => [l.msg, l.downMs])).toEqual([['search engine is unavailable', undefined], ['search engine is available again', 5000]]);
  });
});
