import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FetchedDocument } from '../../../../indexer/sources/adapter.js';
import type { ParseContext } from '../../../../src/domain/source-event.js';

/** Test helpers for the source adapters: the real-world sample files, our own fixtures, and a fixed context. */

const root = new URL('../../../../', import.meta.url);

/**
 * A file written by another system, kept unchanged under tests/fixtures/real-world/ (one folder per origin, e.g.
 * "aarhus/aakb.json"; origins and licences in that folder's README.md).
 */
export function realWorldFile(path: string): Uint8Array {
  return readFileSync(fileURLToPath(new URL(`tests/fixtures/real-world/${path}`, root)));
}

/** A file under tests/fixtures/. */
export function fixtureFile(path: string): Uint8Array {
  return readFileSync(fileURLToPath(new URL(`tests/fixtures/${path}`, root)));
}

/** A fetched document from bytes or text. */
export function doc(url: string, body: Uint8Array | string, contentType: string | null = null): FetchedDocument {
  return { url, body: typeof body === 'string' ? new TextEncoder().encode(body) : body, contentType };
}

/** The parse context of an index run on 2026-01-01 in Stockholm. */
export const ctx: ParseContext = { now: Date.UTC(2026, 0, 1) / 1000, horizonDays: 180, defaultTimeZone: 'Europe/Stockholm' };

/** Epoch seconds of a UTC date-time: utc(2026, 6, 12, 16, 30) is 12 June 2026 16:30 UTC (months from 1). */
export function utc(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) / 1000;
}

/** The first event with this exact title. */
export function byTitle<T extends { title: string }>(events: T[], title: string): T | undefined {
  return events.find((e) => e.title === title);
}
