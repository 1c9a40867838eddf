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

/** Hash of everything a visitor could see change; `updatedAt` and `hash` itself are left out. */
export function contentHash(doc: Omit<EventDoc, 'hash' | 'updatedAt'> & Partial<Pick<EventDoc, 'hash' | 'updatedAt'>>): string {
  const { hash: _h, updatedAt: _u, ...rest } = doc;
  return digest(JSON.stringify(rest, Object.keys(rest).sort()), 22);
}
