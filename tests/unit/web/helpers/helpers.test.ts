import { describe, expect, it } from 'vitest';
import { eq } from '../../../../src/web/helpers/eq.js';
import { t } from '../../../../src/web/helpers/t.js';
import { countLabel } from '../../../../src/web/format.js';

const options = (lang: string, hash: Record<string, unknown> = {}) => ({ data: { root: { lang } }, hash }) as never;

describe('template helpers', () => {
  it('t translates by the page language and fills placeholders', () => {
    expect(t('search.submit', options('sv'))).toBe('Sök');
    expect(t('search.submit', options('en'))).toBe('Search');
    expect(t('search.removeFilter', options('en', { label: 'Music' }))).toBe('Remove the filter Music');
  });

  it('eq compares strictly', () => {
    expect(eq('en', 'en')).toBe(true);
    expect(eq(1, '1')).toBe(false);
  });

  it('counts with plural forms and local number formatting', () => {
    expect(countLabel('sv', 1)).toBe('1 träff');
    expect(countLabel('sv', 1234)).toBe('1\u00a0234 träffar');
    expect(countLabel('en', 1234)).toBe('1,234 results');
  });

  it('has every Swedish message in English too', async () => {
    const sv = (await import('../../../../src/web/messages/sv.json')).default;
    const en = (await import('../../../../src/web/messages/en.json')).default;
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });
});
