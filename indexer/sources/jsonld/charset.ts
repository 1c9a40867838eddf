import { decodeWindows1252 } from '../common/cp1252.js';
import { decodeText } from '../common/decode.js';

/** The charset a Content-Type header names, if Node can decode it (labels normalised: latin1 → windows-1252). */
function charsetOf(contentType: string | null): string | null {
  const m = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '');
  if (!m?.[1]) return null;
  try {
    return new TextDecoder(m[1]).encoding;
  } catch {
    return null;
  }
}

/**
 * An HTML or XML page as text: the charset its Content-Type declares, else UTF-8 when the bytes are valid UTF-8,
 * else Windows-1252 (older Swedish CMSs serve Latin-1 pages without saying so).
 */
export function decodePage(body: Uint8Array, contentType: string | null): string {
  const charset = charsetOf(contentType);
  if (charset === 'windows-1252') return decodeWindows1252(body);
  if (charset !== null && charset !== 'utf-8') return new TextDecoder(charset).decode(body);
  const utf8 = decodeText(body, 'utf-8');
  return utf8.fallback ? decodeWindows1252(body) : utf8.text;
}
