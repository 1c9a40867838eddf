import { type PriceInfo, parsePrice } from '../common/price.js';
import { cleanText } from '../common/text.js';
import { asArray, isNode, type LdNode, ldRaw, ldTrue } from './values.js';

/** "150 SEK", "100–200 SEK", or the feed's own text when the price is not a bare number. */
function priceText(offer: LdNode): string | null {
  const price = ldRaw(offer.price) ?? ldRaw(offer.lowPrice);
  if (price === null) return null;
  const currency = cleanText(offer.priceCurrency) ?? '';
  if (!/^\d+(?:[.,]\d+)?$/.test(price.trim())) return price;
  const high = ldRaw(offer.highPrice);
  const amount = high && high !== price ? `${price.trim()}–${high.trim()}` : price.trim();
  return `${amount} ${currency}`.trim();
}

/**
 * Free and price from `isAccessibleForFree` (on the thing or an offer) and `offers` (Offer, AggregateOffer, or an
 * array — the first priced offer speaks for the rest). A price of 0 means free.
 */
export function readOffers(node: LdNode, offers: unknown): PriceInfo {
  const list = asArray(offers).filter(isNode);
  const freeFlag = ldTrue(node.isAccessibleForFree) || list.some((o) => ldTrue(o.isAccessibleForFree));
  for (const offer of list) {
    const info = parsePrice(priceText(offer));
    if (info.free !== null || info.price !== null) return freeFlag ? { free: true, price: info.price } : info;
  }
  // CASE: "isAccessibleForFree": false with no price says "not free" and nothing more.
  if (!freeFlag && asArray(node.isAccessibleForFree).some((v) => v === false || v === 'false')) return { free: false, price: null };
  return { free: freeFlag ? true : null, price: null };
}
