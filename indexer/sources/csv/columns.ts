/**
 * Column names of the `upptack` CSV profile: every accepted spelling (Swedish and English, any case, å/ä/ö optional,
 * spaces or dashes for underscores) → the field it fills.
 */

export type UpptackField =
  | 'id' | 'title' | 'description' | 'start' | 'end' | 'venue' | 'address' | 'lat' | 'lng' | 'categories'
  | 'price' | 'free' | 'organizer' | 'url' | 'image' | 'kind' | 'openingHours' | 'lang';

const ALIASES: Record<UpptackField, string[]> = {
  id: ['id'],
  title: ['titel', 'title', 'namn', 'name'],
  description: ['beskrivning', 'description'],
  start: ['start', 'starttid', 'start_time'],
  end: ['slut', 'sluttid', 'end', 'end_time'],
  venue: ['plats', 'venue', 'lokal'],
  address: ['adress', 'address'],
  lat: ['lat', 'latitud', 'latitude'],
  lng: ['lng', 'lon', 'long', 'longitud', 'longitude'],
  categories: ['kategorier', 'kategori', 'categories', 'category'],
  price: ['pris', 'price'],
  free: ['gratis', 'free'],
  organizer: ['arrangor', 'organizer', 'organiser'],
  url: ['lank', 'url', 'link', 'webb', 'website'],
  image: ['bild', 'image'],
  kind: ['typ', 'kind', 'type'],
  openingHours: ['oppettider', 'opening_hours', 'openinghours'],
  lang: ['sprak', 'language', 'lang'],
};

/** "Arrangör" → "arrangor", "Opening hours" → "opening_hours": how header cells are compared. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s-]+/g, '_');
}

const BY_NAME = new Map(Object.entries(ALIASES).flatMap(([field, names]) => names.map((n) => [n, field as UpptackField])));

/** The field a (normalised) header cell names, if any. */
export function fieldOf(normalisedHeader: string): UpptackField | undefined {
  return BY_NAME.get(normalisedHeader);
}
