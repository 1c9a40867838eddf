import type { Setting } from '../../src/domain/event.js';
import { fold } from '../../src/domain/text.js';

/** What each step knows about where a visit happens, most trusted first. */
export interface SettingClues {
  /** The venue registry (config/venues.json): a concert hall is indoors whatever the feed says. */
  venue: boolean | null;
  /** A structured field of the feed (CSV column, X-UPPTACK property), or the source's default. */
  feed: boolean | null;
  /** The categories' usual setting (taxonomy `indoor`). */
  category: boolean | null;
  /** Title and description. */
  text: string;
}

// Folded text (no diacritics, lower case). "Inne och ute", tents and marquees: both.
const MIXED = /\b(inne och ute|inomhus och utomhus|inne som ute|inne & ute|i talt|tält|talt|indoors and outdoors|inside and outside)\b/;
const OUTDOOR = /\b(utomhus\w*|i det fria|friluft\w*|outdoors?|open air|open-air)\b/;
const INDOOR = /\b(inomhus\w*|indoors?)\b/;

function fromText(text: string): Setting | null {
  const t = fold(text);
  if (MIXED.test(t)) return 'mixed';
  const out = OUTDOOR.test(t);
  const inn = INDOOR.test(t);
  if (out && inn) return 'mixed';
  return out ? 'outdoor' : inn ? 'indoor' : null;
}

const fromFlag = (v: boolean | null): Setting | null => (v === null ? null : v ? 'indoor' : 'outdoor');

/**
 * Indoor, outdoor or mixed: the venue registry first, then what the feed states, then the words of the text, then
 * the categories' usual setting. Words beat categories: "Jazz på utomhusscenen" is a concert held outdoors.
 */
export function settingOf(clues: SettingClues): Setting | null {
  return fromFlag(clues.venue) ?? fromFlag(clues.feed) ?? fromText(clues.text) ?? fromFlag(clues.category);
}

/** The indoor facet's view of a setting. */
export function indoorOf(setting: Setting | null): boolean | null {
  return setting === 'indoor' ? true : setting === 'outdoor' ? false : null;
}
