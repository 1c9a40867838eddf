import { FACET_FIELDS, type FacetField } from '../domain/facets.js';

/*
 * The one place that builds Meilisearch filter expressions. Values from users are always quoted and escaped
 * (backslashes first, then quotes: the server applies escapes after quote handling); field names come from an allowlist.
 */

/** Fields filtered on besides the facets (time, identity, bookkeeping). */
const OTHER_FILTER_FIELDS = [
  'id', 'status', 'startsAt', 'endsAt', 'openWeekdays', 'openHours', 'openDays', 'source', 'eventId', 'lang', 'online', 'duplicate',
  'updatedAt',
] as const;

export type FilterField = FacetField | (typeof OTHER_FILTER_FIELDS)[number];
export const FILTER_FIELDS: readonly FilterField[] = [...FACET_FIELDS, ...OTHER_FILTER_FIELDS];

const ALLOWED = new Set<string>(FILTER_FIELDS);

function field(name: FilterField): string {
  if (!ALLOWED.has(name)) throw new Error(`filter field not allowed: ${name}`);
  return name;
}

export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function literal(value: string | number | boolean): string {
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('filter number must be finite');
    return String(value);
  }
  return quote(value);
}

export function eq(name: FilterField, value: string | number | boolean): string {
  return `${field(name)} = ${literal(value)}`;
}

/** Any of the values (OR); an empty list matches nothing rather than everything. */
export function anyOf(name: FilterField, values: readonly (string | number)[]): string {
  if (values.length === 0) return `${field(name)} IN []`;
  return `${field(name)} IN [${values.map(literal).join(', ')}]`;
}

export function gte(name: FilterField, value: number): string {
  return `${field(name)} >= ${literal(value)}`;
}

export function lte(name: FilterField, value: number): string {
  return `${field(name)} <= ${literal(value)}`;
}

export function geoRadius(lat: number, lng: number, metres: number): string {
  for (const n of [lat, lng, metres]) if (!Number.isFinite(n)) throw new Error('geo filter needs finite numbers');
  return `_geoRadius(${lat}, ${lng}, ${Math.round(metres)})`;
}

export function or(...parts: string[]): string {
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' OR ')})`;
}

export function and(...parts: string[]): string {
  return parts.map((p) => `(${p})`).join(' AND ');
}
