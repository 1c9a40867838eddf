import { fold } from '../../src/domain/text.js';

const FREE = /\b(fri entre|gratis|kostnadsfri|free admission|free entry|free of charge|ingen entre|fritt intrade)\b/;
const PRICE = /\b(?:entre|pris|biljett(?:er)?|price|tickets?)\s*:?\s*(?:fran\s*)?(\d{1,5}(?:[.,]\d{1,2})?\s*(?:kr|sek|:-))/;

/** Free/price from free text when the feed has no structured price: "Fri entré", "Entré 150 kr". */
export function priceFromText(text: string): { free: boolean | null; price: string | null } {
  const t = fold(text);
  if (FREE.test(t)) return { free: true, price: null };
  const m = PRICE.exec(t);
  if (m?.[1]) return { free: false, price: m[1].replace(/\s+/g, ' ') };
  return { free: null, price: null };
}
