/**
 * Paths into parsed JSON: JSON pointers ("/events/0/name", RFC 6901 escapes ~0 ~1) and dotted paths
 * ("location.coordinates.lat", "images.0.url", "images[0].url"). "" and "/" mean the value itself.
 */

function tokens(path: string): string[] {
  const p = path.trim();
  if (p === '' || p === '/') return [];
  if (p.startsWith('/')) return p.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  return p.replace(/\[(\d+)\]/g, '.$1').split('.').filter((t) => t !== '');
}

function step(value: unknown, token: string): unknown[] {
  if (Array.isArray(value)) {
    // A numeric token indexes; any other token crossing an array collects it from every element.
    if (/^\d+$/.test(token)) return value.length > Number(token) ? [value[Number(token)]] : [];
    return value.flatMap((v) => step(v, token));
  }
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, token)) {
    return [(value as Record<string, unknown>)[token]];
  }
  return [];
}

/** Every value a path reaches (several when it crosses arrays); absent paths give none. */
export function select(root: unknown, path: string): unknown[] {
  let current: unknown[] = [root];
  for (const token of tokens(path)) current = current.flatMap((v) => step(v, token));
  return current.filter((v) => v !== undefined && v !== null);
}

/** The array a pointer reaches (arrays reached through several branches are concatenated), or null. */
export function selectArray(root: unknown, path: string): unknown[] | null {
  const found = select(root, path);
  if (found.length === 0 || !found.every(Array.isArray)) return null;
  return found.flat();
}
