import { cleanText } from './text.js';

/** What a feed's price says: whether it is free, and the price text to show (null when it adds nothing). */
export interface PriceInfo {
  free: boolean | null;
  price: string | null;
}

// Word edges by hand: \b does not treat "é" or "ä" as letters.
const FREE_WORDS = /(?<!\p{L})(gratis|free|kostnadsfri(?:tt)?|fri entré|fritt inträde|ilmainen|maksuton)(?!\p{L})/iu;
/** What is left of "0 kr", "Kr. 0", "Gratis", "DKK 0,-" once the zero, currency and free words are removed. */
const NOISE =
  /(?<!\p{L})(kr|kronor|sek|dkk|nok|eur|gbp|usd|gratis|free|fri entré|fritt inträde|kostnadsfri(?:tt)?)(?!\p{L})|[€£$:\-.,–\s0]/giu;

/**
 * Read a price field: a number, "150 kr", "Fra Kr. 100 – 150", "Gratis", "0", "Fri entré".
 * Any positive amount means not free (even "70 kr, gratis för barn"); only zeros or a free word mean free;
 * words without amounts ("Ingår i entrén") leave `free` unknown but keep the text.
 */
export function parsePrice(value: unknown): PriceInfo {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return { free: null, price: null };
    return value === 0 ? { free: true, price: null } : { free: false, price: String(value) };
  }
  const text = cleanText(value);
  if (text === null) return { free: null, price: null };
  const amounts = (text.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => Number(n.replace(',', '.')));
  if (amounts.some((n) => n > 0)) return { free: false, price: text };
  if (amounts.length > 0 || FREE_WORDS.test(text)) {
    return { free: true, price: text.replace(NOISE, '') === '' ? null : text };
  }
  return { free: null, price: text };
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'x', 'gratis', 'free', 'kostnadsfritt']);
const NO = new Set(['nej', 'n', 'no', 'false', '0']);

/** ja/nej, yes/no, true/false, 1/0 (and "gratis" for a free flag) → boolean; anything else → null. */
export function parseYesNo(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  const text = cleanText(value)?.toLowerCase();
  if (text === undefined) return null;
  if (YES.has(text)) return true;
  return NO.has(text) ? false : null;
}
