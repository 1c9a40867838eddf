import { emptySourceEvent, type SourceEvent } from '../../../src/domain/source-event.js';
import { toOccurrence } from '../common/datetime.js';
import { uniqueTexts } from '../common/text.js';
import { type LdEnv, ldTime, ldTitle, readCommon, typeWords, uidOf } from './common.js';
import { readLocation } from './location.js';
import { readOffers } from './offers.js';
import { enumName, type LdNode, ldRaw, ldText } from './values.js';

const STATUS: Record<string, SourceEvent['status']> = {
  EventCancelled: 'cancelled',
  EventPostponed: 'postponed',
  // A rescheduled event has its new dates in startDate/endDate: it is simply on.
  EventRescheduled: 'scheduled',
  EventMovedOnline: 'scheduled',
  EventScheduled: 'scheduled',
};

/** An Event (any subtype) or a dated EventSeries as a SourceEvent, or the reason it cannot be one. */
export function toEvent(node: LdNode, env: LdEnv): SourceEvent | string {
  const title = ldTitle(node, env);
  if (title === null) return 'event without a name';
  const rawStart = ldRaw(node.startDate);
  if (rawStart === null) return 'event without a startDate';
  const start = ldTime(node.startDate, env);
  if (start === null) return `unreadable startDate "${rawStart}"`;
  const occurrence = toOccurrence(start, ldTime(node.endDate, env), env.timeZone);

  const common = readCommon(node, env, title);
  const location = readLocation(node.location, env.graph);
  const offers = readOffers(node, env.graph.deref(node.offers));
  const status = STATUS[enumName(ldText(node.eventStatus)) ?? ''] ?? 'scheduled';
  const onlineMode = enumName(ldText(node.eventAttendanceMode)) === 'OnlineEventAttendanceMode';

  return {
    ...emptySourceEvent(uidOf(node, common.url, env, [title, start.epoch]), title),
    ...common,
    categoriesRaw: uniqueTexts([...common.categoriesRaw, ...typeWords(node)]),
    status,
    venueName: location.venueName,
    address: location.address,
    geo: location.geo,
    online: location.online || onlineMode || enumName(ldText(node.eventStatus)) === 'EventMovedOnline',
    occurrences: [{ startsAt: occurrence.startsAt, endsAt: occurrence.endsAt }],
    allDay: occurrence.allDay,
    free: offers.free,
    price: offers.price,
  };
}
