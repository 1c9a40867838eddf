import type { KioskConfig } from '../../config/kiosks-schema.js';
import { type FacetVocabulary, facetDef } from '../../domain/facets.js';
import { isLang, type Lang } from '../../domain/lang.js';
import { first } from '../../domain/params.js';
import type { SearchQuery } from '../../domain/search-query.js';
import { readSearchInput } from '../search-input.js';
import { KIOSK_WHENS, type KioskChoice } from '../view-models/kiosk-touch.js';

/** Results on one screen: as many as the reach zone scrolls through comfortably. */
const RESULTS = 12;
const MAX_TYPED = 100;

/** The screen's language a fragment asks for; one the screen does not speak falls back to its first. */
export function kioskLang(params: Record<string, unknown>, kiosk: KioskConfig): Lang {
  const asked = first(params.lang);
  return isLang(asked) && kiosk.languages.includes(asked) ? asked : (kiosk.languages[0] as Lang);
}

/** What the visitor chose on the screen: words, one category chip, one time chip. Unknown values are dropped. */
export function readKioskChoice(params: Record<string, unknown>, vocab: FacetVocabulary): KioskChoice {
  const category = first(params[facetDef('categories').param]) ?? '';
  const when = first(params.when) ?? '';
  return {
    q: (first(params.q) ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TYPED),
    category: vocab.categories.has(category) ? category : null,
    when: (KIOSK_WHENS as readonly string[]).includes(when) ? (when as KioskChoice['when']) : null,
  };
}

/**
 * The search a choice makes, through the site's own reading of a search (time words in the text count too), near
 * the screen. With no words the list is by time: what is on next, not an arbitrary relevance order.
 */
export function kioskQuery(choice: KioskChoice, kiosk: KioskConfig, vocab: FacetVocabulary, now: number, tz: string): SearchQuery {
  const params = { q: choice.q, [facetDef('categories').param]: choice.category ?? undefined, when: choice.when ?? undefined };
  const { query } = readSearchInput(params, vocab, now, tz);
  return { ...query, near: { lat: kiosk.location.lat, lng: kiosk.location.lng }, sort: query.q ? 'relevance' : 'soonest', page: 1, hitsPerPage: RESULTS };
}
