import { decodeEntities } from './entities.js';

/**
 * A feed's image reference as an absolute URL: http(s) as usual, relative ones resolved against the document they
 * came from. A local feed (a file: document, named in the operator's sources file) may point at a file next to it
 * ("images/konsert.jpg" in the sample feeds); a remote feed never yields a file: URL. The indexer fetches the image
 * (indexer/images/), so only it ever reads these.
 */
export function imageRef(value: unknown, documentUrl?: string): string | null {
  const text = typeof value === 'string' ? decodeEntities(value).trim() : '';
  if (text === '') return null;
  const withScheme = /^www\./i.test(text) ? `http://${text}` : text;
  try {
    const url = documentUrl ? new URL(withScheme, documentUrl) : new URL(withScheme);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    return url.protocol === 'file:' && documentUrl?.startsWith('file:') ? url.href : null;
  } catch {
    return null;
  }
}
