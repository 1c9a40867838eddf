/**
 * Words the search ignores, in documents and queries. Two kinds:
 * - function words of Swedish and English ("för", "i", "med", "for", "the"): "dans för pensionärer" and "aktiviteter
 *   för seniorer" are searched as their content words, so an event needs no "för" to match, and Meilisearch's
 *   fallback (dropping words from the end when nothing matches all) does not spend a step keeping "för";
 * - words that name every entry ("aktiviteter", "evenemang", "events"): on an event site they say nothing about which
 *   event, and the engine would otherwise rank the few texts that happen to contain them first.
 * Kept short on purpose: a stop word can never be searched for. Measured on both relevance query sets (README, "How
 * search works").
 */
export const STOP_WORDS: readonly string[] = [
  // Swedish function words
  'för', 'i', 'på', 'och', 'med', 'av', 'till', 'en', 'ett',
  // English function words
  'for', 'in', 'on', 'at', 'and', 'with', 'the', 'a', 'of', 'to',
  // Words for any entry of the site, in the forms queries and texts use
  'aktivitet', 'aktiviteter', 'aktiviteten', 'aktiviteterna', 'evenemang', 'evenemanget', 'evenemangen',
  'event', 'events', 'eventet', 'activity', 'activities',
];
