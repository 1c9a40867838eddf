import { decodeWindows1252 } from './cp1252.js';

/**
 * Bytes to text: UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else Windows-1252, which is what Swedish
 * Excel and many older systems write. `fallback` tells the caller which happened, to report it.
 */
export function decodeText(body: Uint8Array, encoding: 'utf-8' | 'windows-1252' | 'auto' = 'auto'): {
  text: string;
  fallback: boolean;
} {
  if (encoding === 'windows-1252') return { text: decodeWindows1252(body), fallback: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body), fallback: false };
  } catch {
    if (encoding === 'utf-8') return { text: new TextDecoder('utf-8').decode(body), fallback: true };
    return { text: decodeWindows1252(body), fallback: true };
  }
}
