import { describe, expect, it } from 'vitest';
import { and, anyOf, eq, geoRadius, or, quote } from '../../../src/search/filter.js';

describe('filter builder', () => {
  it('quotes values and escapes backslashes before quotes', () => {
    expect(quote('music')).toBe('"music"');
    expect(quote('a"b')).toBe('"a\\"b"');
    expect(quote('x\\" OR free = true')).toBe('"x\\\\\\" OR free = true"');
    expect(quote('ends with \\')).toBe('"ends with \\\\"');
  });

  it('builds IN lists, equality and combinations', () => {
    expect(anyOf('categories', ['music', 'a"b'])).toBe('categories IN ["music", "a\\"b"]');
    expect(anyOf('area', [])).toBe('area IN []');
    expect(eq('free', true)).toBe('free = true');
    expect(and('a = 1', or('b = 2', 'c = 3'))).toBe('(a = 1) AND ((b = 2 OR c = 3))');
  });

  it('refuses field names outside the allowlist and non-finite numbers', () => {
    expect(() => eq('title OR 1' as never, 'x')).toThrow(/not allowed/);
    expect(() => geoRadius(Number.NaN, 14, 100)).toThrow();
    expect(() => eq('startsAt', Number.POSITIVE_INFINITY)).toThrow();
  });
});
