import { createHash } from 'node:crypto';
import type { EventDoc } from '../../src/domain/event.js';

function digest(s: string, length: number): string {
  return createHash('sha256').update(s).digest('base64url').replace(/[^a-zA-Z0-9]/g, '').slice(0, length);
}

/** Meilisearch ids allow only [a-zA-Z0-9_-]; feed UIDs allow anything, so ids are derived and the UID kept as a field. */
export function eventIdOf(sourceId: string, uid: string): string {
  return `${sourceId}-${digest(uid, 16)}`;
}

export function occurrenceIdOf(eventId: string, startsAt: number): string {
  return `${eventId}-${startsAt.toString(36)}`;
}

type Hashable = Omit<EventDoc, 'hash' | 'updatedAt'> & Partial<Pick<EventDoc, 'hash' | 'updatedAt'>>;
type Shared = Omit<Hashable, 'id' | 'startsAt' | 'endsAt'>;

/** Top-level keys sorted (nested objects keep the order the code builds them in, which is fixed). */
function stable(value: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(value).sort().map((k) => [k, value[k]]));
}

/** Hash of what every occurrence of an event shares (computed once per event, not per occurrence). */
export function sharedHash(doc: Shared): string {
  const { hash: _h, updatedAt: _u, ...rest } = doc;
  return digest(stable(rest), 22);
}

/** Hash of everything a visitor could see change in one document; `updatedAt` and `hash` itself are left out. */
export function contentHash(doc: Hashable, shared = sharedHash(withoutOccurrence(doc))): string {
  return digest(`${shared}|${doc.id}|${doc.startsAt}|${doc.endsAt}`, 22);
}

function withoutOccurrence(doc: Hashable): Shared {
  const { id: _i, startsAt: _s, endsAt: _e, ...shared } = doc;
  return shared;
}
