import { describe, expect, it } from 'vitest';
import { parsePrice, priceFromText, priceRange } from '../../../../../indexer/sources/common/price.js';

describe('price from a description', () => {
  it.each([
    ['Fri entré för alla.', true, null],
    ['Gratis, ingen anmälan', true, null],
    ['Free admission', true, null],
    ['Klä dig varmt! Fritt tillträde året om.', true, null],
    ['Välkommen!', null, null],
  ])('"%s" → free %s', (text, free, price) => {
    expect(priceFromText(text)).toEqual({ free, price });
  });

  it.each([
    ['Barn gratis, vuxna 150 kr.', 'Barn gratis, vuxna 150 kr'],
    ['Stadsvandring i en timme. Pris 80 kr, barn under 12 år gratis.', 'Pris 80 kr, barn under 12 år gratis'],
    ['Klä dig varmt! Pris 80 kr, barn gratis.', 'Pris 80 kr, barn gratis'],
    ['Entré 150 kr (gäller även Utvandrarnas hus samma dag). Barn och unga till 19 år gratis.',
      'Entré 150 kr (gäller även Utvandrarnas hus samma dag) · Barn och unga till 19 år gratis'],
    ['Ingår i entrén (150 kr). Barn och unga upp till 19 år gratis.', 'Ingår i entrén (150 kr) · Barn och unga upp till 19 år gratis'],
    ['Visning 150 kr per person, förbokning krävs.', 'Visning 150 kr per person, förbokning krävs'],
    ['Biljetter: 220 kr via kassan', 'Biljetter: 220 kr via kassan'],
  ])('"%s" is not free and shows its price', (text, price) => {
    expect(priceFromText(text)).toEqual({ free: false, price });
  });

  it('calls "free for children" alone neither free nor paid, and shows it', () => {
    expect(priceFromText('Glasverkstad för barn. Gratis för barn och unga till 19 år.')).toEqual({
      free: null,
      price: 'Gratis för barn och unga till 19 år',
    });
  });

  it('does not read ages, years or counts as prices', () => {
    expect(priceFromText('Sveriges äldsta museum visar 500 år av glas. För barn 3–6 år.')).toEqual({ free: null, price: null });
  });
});

describe('price fields', () => {
  it.each([
    ['0', true, null],
    ['Gratis', true, null],
    ['Gratis med vuxen', true, 'Gratis med vuxen'],
    ['150 kr', false, '150 kr'],
    ['50 kr, barn under 12 år gratis', false, '50 kr, barn under 12 år gratis'],
    ['Gratis för medlemmar, 50 kr för övriga', false, 'Gratis för medlemmar, 50 kr för övriga'],
    ['Barn gratis', null, 'Barn gratis'],
    ['Barn under 12 år gratis', null, 'Barn under 12 år gratis'],
    ['Ingår i entrén', null, 'Ingår i entrén'],
  ])('"%s" → free %s', (text, free, price) => {
    expect(parsePrice(text)).toEqual({ free, price });
  });
});

describe('price range for cards', () => {
  it.each([
    ['150 kr', { from: 150, to: 150 }],
    ['Pris 80 kr, barn under 12 år gratis', { from: 80, to: 80 }],
    ['Entré 250 kr, ungdom upp till 25 år 100 kr', { from: 100, to: 250 }],
    ['120–180 SEK', { from: 120, to: 180 }],
    ['120', { from: 120, to: 120 }],
    ['1 200 kr', { from: 1200, to: 1200 }],
    ['2,50 €', null],
    ['Barn gratis', null],
    [null, null],
  ])('"%s" → %j', (text, range) => {
    expect(priceRange(text)).toEqual(range);
  });
});
