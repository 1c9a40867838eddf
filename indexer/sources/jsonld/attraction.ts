import { emptySourceEvent, type SourceEvent } from '../../../src/domain/source-event.js';
import { uniqueTexts } from '../common/text.js';
import { type LdEnv, ldTitle, readCommon, typeWords, uidOf } from './common.js';
import { readLocation } from './location.js';
import { readOffers } from './offers.js';
import { readOpeningHours } from './opening-hours.js';
import type { LdNode } from './values.js';

/**
 * A TouristAttraction (or an opted-in Place) as an experience: always open within its opening hours, so no dated
 * occurrences. The node is its own location: a Place carries address and geo itself.
 */
export function toExperience(node: LdNode, env: LdEnv): SourceEvent | string {
  const title = ldTitle(node, env);
  if (title === null) return 'attraction without a name';
  const common = readCommon(node, env, title);
  const place = readLocation(node, env.graph);
  const offers = readOffers(node, env.graph.deref(node.offers));
  const hours = readOpeningHours(node, env.graph);
  return {
    ...emptySourceEvent(uidOf(node, common.url, env, [title, place.address]), title),
    ...common,
    kind: 'experience',
    categoriesRaw: uniqueTexts([...common.categoriesRaw, ...typeWords(node)]),
    venueName: title,
    address: place.address,
    geo: place.geo,
    occurrences: [],
    openingHours: hours.text,
    openWeekdays: hours.weekdays,
    free: offers.free,
    price: offers.price,
  };
}
