import { emptySourceEvent, type SourceEvent } from '../../../src/domain/source-event.js';
import { parseFeedTime } from '../common/datetime.js';
import { makeGeo } from '../common/geo.js';
import { imageRef } from '../common/image-ref.js';
import { parsePrice } from '../common/price.js';
import { cleanDescription, cleanText, cleanUrl, formatAddress, splitList } from '../common/text.js';

/**
 * The `cbis` CSV profile: a Citybreak (CBIS) product export — tourism products (cafés, museums, parks, sights)
 * imported as experiences without dates. Columns are CBIS's own English names, matched case-insensitively.
 */

/** The header names this profile needs to recognise an export (normalised: lower case). */
export const CBIS_REQUIRED = ['name', 'id'];

/** CASE: CBIS packs image data in one cell: "Url: http://… ProducedBy: Foto X CopyrightBy: Keywords:". */
function imageOf(cell: string | undefined, documentUrl: string | undefined): string | null {
  const m = /Url:\s*(\S+)/i.exec(cell ?? '');
  return m ? imageRef(m[1], documentUrl) : null;
}

/**
 * CASE: CBIS packs attributes in pipe-separated cells, "Värde:<value>| Värde:<value>…", without saying which
 * attribute each value is. They repeat the other columns, so they are only a fallback for a missing website.
 */
function attributeValues(cell: string | undefined): string[] {
  return (cell ?? '').split('|').map((v) => v.trim().replace(/^Värde:\s*/i, '').trim()).filter(Boolean);
}

/** The later of the export's revision and publication dates (local Swedish time, no offset). */
function updatedAt(cells: Record<string, string>, timeZone: string): number | null {
  const times = [cells.revisiondate, cells.publisheddate].flatMap((t) => parseFeedTime(t, timeZone)?.epoch ?? []);
  return times.length > 0 ? Math.max(...times) : null;
}

/** Introduction and description are separate paragraphs in CBIS; keep both unless one repeats the other. */
function descriptionOf(cells: Record<string, string>): string {
  const intro = cleanDescription(cells.introduction);
  const body = cleanDescription(cells.description);
  if (intro === '' || body.startsWith(intro)) return body;
  return body === '' || intro.startsWith(body) ? intro : `${intro}\n\n${body}`;
}

/** One CBIS product row as an experience, or the reason it is not imported. */
export function mapCbisRow(cells: Record<string, string>, now: number, timeZone: string, documentUrl?: string): SourceEvent | string {
  const title = cleanText(cells.name) ?? cleanText(cells.systemname);
  const id = cleanText(cells.id);
  if (title === null) return 'no Name';
  if (id === null) return 'no Id';
  if (cells.status && cells.status !== 'Active') return `status "${cells.status}"`;
  const expires = parseFeedTime(cells.expirationdate, timeZone);
  if (expires && expires.epoch <= now) return `expired on ${cells.expirationdate?.slice(0, 10)}`;
  const price = parsePrice(cells.price);
  const website = cleanUrl(cells.website) ?? attributeValues(cells.attributes).map((v) => cleanUrl(v)).find((u) => u !== null) ?? null;
  return {
    ...emptySourceEvent(`cbis:${id}`, title),
    kind: 'experience',
    description: descriptionOf(cells),
    lang: 'sv',
    categoriesRaw: splitList(cells.categories ?? ''),
    venueName: title,
    address: formatAddress({ street: cells.streetaddress1, postalCode: cells.postalcode, locality: cells.cityaddress }),
    // CASE: CBIS writes coordinates with a decimal comma ("56,0472818") and 0 for unknown.
    geo: makeGeo(cells.latitude, cells.longitude),
    occurrences: [],
    free: price.free,
    price: price.price,
    organizer: cleanText(cells.organizername),
    url: website,
    image: imageOf(cells.image, documentUrl) ?? imageOf(cells.images, documentUrl),
    updatedAt: updatedAt(cells, timeZone),
  };
}
