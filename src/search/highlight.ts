import type { MarkedText } from './ports.js';

/**
 * Control characters the engine is asked to put around matches. A feed text that contained them could only move a
 * mark, never add markup: the web escapes the text and draws marks from the ranges.
 */
export const HIGHLIGHT_PRE = '\u0002';
export const HIGHLIGHT_POST = '\u0003';

/** The engine's highlighted string → plain text plus the ranges that matched. */
export function toMarkedText(formatted: string): MarkedText {
  const marks: [number, number][] = [];
  let text = '';
  let open: number | null = null;
  for (const ch of formatted) {
    if (ch === HIGHLIGHT_PRE) open = text.length;
    else if (ch === HIGHLIGHT_POST) {
      if (open !== null && text.length > open) marks.push([open, text.length]);
      open = null;
    } else text += ch;
  }
  return { text, marks };
}
