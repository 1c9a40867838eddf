import { load } from 'cheerio';
import type { Reject } from '../../../src/domain/source-event.js';

/** The JSON-LD found in a page: parsed blocks, blocks that would not parse, and the page's own language. */
export interface PageBlocks {
  roots: unknown[];
  rejects: Reject[];
  pageLang: string | null;
  /** `<script type="application/ld+json">` elements found, empty ones included: the page has the expected structure. */
  scripts: number;
  /** An ld+json script opens but never closes: the page was cut off inside its data. */
  cut: boolean;
}

/** Parse one block strictly, then once more after repairing the mistakes CMS templates commonly make. */
function parseLenient(raw: string): { value: unknown } | { error: string } {
  // CASE: older templates wrap the JSON in <!-- … --> or //<![CDATA[ … //]]> to hide it from ancient browsers.
  const unwrapped = raw.replace(/^\s*(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)/, '').replace(/(?:\/\/\s*)?(?:-->|\]\]>)\s*$/, '');
  try {
    return { value: JSON.parse(unwrapped) };
  } catch (e) {
    // CASE: raw line breaks inside strings and trailing commas from hand-edited templates; control characters are
    // never valid inside JSON strings and are only whitespace outside them, so a space is safe either way.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is replaced here.
    const repaired = unwrapped.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return { value: JSON.parse(repaired) };
    } catch {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }
}

/** True when the last ld+json script opens and no `</script>` follows (cheerio would close it silently). */
function cutInsideData(html: string): boolean {
  const opened = [...html.matchAll(/<script\b[^>]*application\/ld\+json[^>]*>/gi)].at(-1);
  return opened !== undefined && !/<\/script\s*>/i.test(html.slice((opened.index ?? 0) + opened[0].length));
}

/**
 * Every `<script type="application/ld+json">` of an HTML page (the type may carry parameters or odd case), or the
 * whole document when it is itself JSON-LD. Script contents are raw text: entities inside them stay encoded.
 */
export function extractBlocks(text: string, ref: string): PageBlocks {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const parsed = parseLenient(trimmed);
    if ('value' in parsed) return { roots: [parsed.value], rejects: [], pageLang: null, scripts: 1, cut: false };
    return { roots: [], rejects: [{ ref, reason: `invalid JSON-LD document: ${parsed.error}` }], pageLang: null, scripts: 1, cut: false };
  }
  const $ = load(text);
  const out: PageBlocks = { roots: [], rejects: [], pageLang: $('html').attr('lang') ?? null, scripts: 0, cut: cutInsideData(text) };
  $('script').each((i, el) => {
    const type = ($(el).attr('type') ?? '').trim().toLowerCase();
    if (!type.startsWith('application/ld+json')) return;
    out.scripts++;
    const raw = $(el).text();
    if (raw.trim() === '') return; // an empty block says nothing, so it is not a broken record either
    const parsed = parseLenient(raw);
    if ('value' in parsed) out.roots.push(parsed.value);
    else out.rejects.push({ ref: `${ref}#script-${i}`, reason: `invalid JSON in ld+json block: ${parsed.error}` });
  });
  return out;
}
