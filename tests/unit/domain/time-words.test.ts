import { describe, expect, it } from 'vitest';
import { extractTimeWords } from '../../../src/domain/time-words.js';

describe('time words in free text', () => {
  it.each([
    ['konsert i helgen', 'weekend', 'konsert'],
    ['jazz ikväll', 'tonight', 'jazz'],
    ['jazz ikvall', 'tonight', 'jazz'],
    ['I KVÄLL teater', 'tonight', 'teater'],
    ['idag', 'today', ''],
    ['barn imorgon', 'tomorrow', 'barn'],
    ['sagostund nästa vecka', 'next-week', 'sagostund'],
    ['food festival this weekend', 'weekend', 'food festival'],
    ['concerts tonight', 'tonight', 'concerts'],
    ['what is on today', 'today', 'what is on'],
  ])('"%s" becomes %s with text "%s"', (q, preset, rest) => {
    expect(extractTimeWords(q)).toEqual({ preset, rest });
  });

  it('leaves words that only contain a time word alone', () => {
    expect(extractTimeWords('helgensemester todayish')).toEqual({ preset: null, rest: 'helgensemester todayish' });
    expect(extractTimeWords('kvällsöppet museum')).toEqual({ preset: null, rest: 'kvällsöppet museum' });
  });
});
