import { cleanText } from './text.js';

/** What a feed's price says: whether it is free, and the price text to show (null when it adds nothing). */
export interface PriceInfo {
  free: boolean | null;
  price: string | null;
}

// Word edges by hand: \b does not treat "é" or "ä" as letters.
const FREE_WORDS =
  /(?<!\p{L})(gratis|free|kostnadsfri(?:tt)?|fri entré|fritt inträde|fritt tillträde|fritt att besöka|free admission|free entry|ingen entré|ilmainen|maksuton)(?!\p{L})/iu;
/**
 * Who a "gratis" may be limited to: "barn gratis", "gratis för medlemmar", "under 12 år gratis". Free for some is not
 * free: the badge would tell the parent of a 12-year-old that the adults' 150 kr ticket costs nothing.
 */
const SOME_GROUP =
  /(?<!\p{L})(barn(?:en)?|unga|ungdom(?:ar)?|medlem(?:mar)?|student(?:er)?|studerande|pensionär(?:er)?|senior(?:er)?|skolklass(?:er)?|under \d+|upp till \d+|till \d+ år|children|kids|members|students|seniors|under-\d+s?)(?!\p{L})/iu;
/** What is left of "0 kr", "Kr. 0", "Gratis", "DKK 0,-" once the zero, currency and free words are removed. */
const NOISE =
  /(?<!\p{L})(kr|kronor|sek|dkk|nok|eur|gbp|usd|gratis|free|fri entré|fritt inträde|fritt tillträde|kostnadsfri(?:tt)?)(?!\p{L})|[€£$:\-.,–\s0]/giu;
/** An amount with its currency ("150 kr", "1 200 SEK", "50:-", "120–180 SEK"); the first group may start a range. */
const SEK_AMOUNT = /(?<![\p{L}\d])(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,]\d{1,2})?(?:\s*[–-]\s*(\d+))?\s*(?:kr\b|kronor|sek|:-|,-)/giu;
const AGE = /\d+\s*(?:[–-]\s*\d+\s*)?(?:år|års|månader|mån|years?|yrs|months?|vuotta)(?!\p{L})/giu;
const FOREIGN_CURRENCY = /[€$£]|(?<!\p{L})(eur|euro|dkk|nok|usd|gbp)(?!\p{L})/iu;

/** True when the text says free without limiting it to a group ("Fri entré", "Gratis att åka", not "Barn gratis"). */
function freeForEveryone(text: string): boolean {
  return FREE_WORDS.test(text) && !SOME_GROUP.test(text);
}

/**
 * Read a price field: a number, "150 kr", "Fra Kr. 100 – 150", "Gratis", "0", "Fri entré".
 * Any positive amount means not free (even "70 kr, gratis för barn"); only zeros or a free word for everyone mean free;
 * "Barn gratis" (free for some) and words without amounts ("Ingår i entrén") leave `free` unknown but keep the text.
 */
export function parsePrice(value: unknown): PriceInfo {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return { free: null, price: null };
    return value === 0 ? { free: true, price: null } : { free: false, price: String(value) };
  }
  const text = cleanText(value);
  if (text === null) return { free: null, price: null };
  // Ages are not amounts: "barn under 12 år gratis".
  const withoutAges = text.replace(AGE, ' ');
  const amounts = (withoutAges.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => Number(n.replace(',', '.')));
  if (amounts.some((n) => n > 0)) return { free: false, price: text };
  if (FREE_WORDS.test(text) && !freeForEveryone(text)) return { free: null, price: text };
  if (amounts.length > 0 || FREE_WORDS.test(text)) {
    return { free: true, price: text.replace(NOISE, '') === '' ? null : text };
  }
  return { free: null, price: text };
}

/** The price schema's limit. */
const MAX_PRICE_TEXT = 200;

/** Sentences: a full stop, "!" or "?" before a capital, or a line break ("kl. 13" and "inkl. fika" stay whole). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=\p{Lu})|\n+/u)
    .map((s) => s.trim().replace(/[.\s]+$/, ''))
    .filter(Boolean);
}

/** A sentence that says what something costs or that it is free ("Entré 150 kr, barn gratis"). */
export function isPriceSentence(sentence: string): boolean {
  return FREE_WORDS.test(sentence) || new RegExp(SEK_AMOUNT.source, 'iu').test(sentence);
}

/**
 * Free and price from a description when the feed has no price field: the sentences that name an amount in kronor or
 * say free. Any amount means not free and the sentences become the price text ("Pris 80 kr, barn under 12 år
 * gratis"); "Fri entré" alone means free; "Barn gratis" alone says nothing about the rest, so it is shown, not badged.
 */
export function priceFromText(text: string): PriceInfo {
  const said = sentences(text).filter(isPriceSentence);
  if (said.length === 0) return { free: null, price: null };
  const paid = said.filter((s) => sekAmounts(s).some((n) => n > 0));
  if (paid.length > 0) return { free: false, price: joinPrices(said) };
  if (said.some(freeForEveryone)) return { free: true, price: null };
  return { free: null, price: joinPrices(said) };
}

function joinPrices(parts: string[]): string {
  const all = parts.join(' · ');
  return (all.length <= MAX_PRICE_TEXT ? all : (parts[0] ?? '')).slice(0, MAX_PRICE_TEXT);
}

/** Every amount in kronor a text names ("Entré 250 kr, ungdom upp till 25 år 100 kr" → 250, 100; not the 25). */
function sekAmounts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(SEK_AMOUNT)) {
    out.push(Number((m[1] ?? '').replace(/[ \u00a0]/g, '')));
    if (m[2]) out.push(Number(m[2]));
  }
  return out;
}

/**
 * The lowest and highest positive amount in kronor a price text names, for "från 80 kr" on cards; a bare number or
 * range ("120", "120–180") counts as kronor. Null for other currencies and texts without amounts.
 */
export function priceRange(price: string | null): { from: number; to: number } | null {
  if (!price || FOREIGN_CURRENCY.test(price)) return null;
  const bare = /^\s*(\d+)(?:\s*[–-]\s*(\d+))?\s*$/.exec(price);
  const amounts = (bare ? [Number(bare[1]), Number(bare[2] ?? bare[1])] : sekAmounts(price)).filter((n) => n > 0 && n < 100_000);
  if (amounts.length === 0) return null;
  return { from: Math.min(...amounts), to: Math.max(...amounts) };
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
