import { createHash } from 'node:crypto';
import { type Lang, pathsOf } from '../i18n.js';

/** Letters and digits that cannot be misread on a screen or mistyped on a phone: no 0/o, 1/l/i. */
const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
const LENGTH = 6;
export const SHORT_CODE = new RegExp(`^[${ALPHABET}]{${LENGTH}}$`);

/** A six-character code for an event (31⁶ ≈ 900 million: collisions among thousands of events are negligible). */
export function shortCode(eventId: string): string {
  const bytes = createHash('sha256').update(eventId).digest();
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[(bytes[i] as number) % ALPHABET.length];
  return code;
}

/** `/e/<code>` (Swedish) or `/en/e/<code>`: the page a short link opens is in the language it was shown in. */
export function shortPath(lang: Lang, code: string): string {
  const home = pathsOf(lang).home;
  return `${home === '/' ? '' : home}/e/${code}`;
}

/** Codes → event ids for short links, most recently shown first; bounded. */
export interface ShortLinks {
  remember(eventIds: Iterable<string>): void;
  resolve(code: string): string | null;
}

export function createShortLinks(max = 5000): ShortLinks {
  const codes = new Map<string, string>();
  return {
    remember(eventIds) {
      for (const id of eventIds) {
        const code = shortCode(id);
        codes.delete(code);
        codes.set(code, id);
        if (codes.size > max) codes.delete(codes.keys().next().value as string);
      }
    },
    resolve: (code) => codes.get(code) ?? null,
  };
}
