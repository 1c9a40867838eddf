import { describe, expect, it } from 'vitest';
import { indoorOf, settingOf } from '../../../../indexer/enrich/setting.js';

const none = { venue: null, feed: null, category: null, text: '' };

describe('indoor, outdoor or mixed', () => {
  it('trusts the venue registry above everything else', () => {
    expect(settingOf({ ...none, venue: true, feed: false, category: false, text: 'utomhus' })).toBe('indoor');
    expect(settingOf({ ...none, venue: false, category: true })).toBe('outdoor');
  });

  it('then what the feed states, then the words, then the category', () => {
    expect(settingOf({ ...none, feed: false, category: true, text: 'inomhus' })).toBe('outdoor');
    expect(settingOf({ ...none, category: true, text: 'Jazz på utomhusscenen i parken' })).toBe('outdoor');
    expect(settingOf({ ...none, category: false, text: 'Vi håller till inomhus om det regnar' })).toBe('indoor');
    expect(settingOf({ ...none, category: true, text: 'Konsert' })).toBe('indoor');
    expect(settingOf(none)).toBeNull();
  });

  it('calls tents and "inne och ute" mixed, and mixed is neither indoor nor outdoor for the facet', () => {
    expect(settingOf({ ...none, category: false, text: 'Marknad med tält på torget' })).toBe('mixed');
    expect(settingOf({ ...none, text: 'Aktiviteter både inne och ute' })).toBe('mixed');
    expect(settingOf({ ...none, text: 'Fun indoors and outdoors for all ages' })).toBe('mixed');
    expect(indoorOf('mixed')).toBeNull();
    expect([indoorOf('indoor'), indoorOf('outdoor'), indoorOf(null)]).toEqual([true, false, null]);
  });
});
