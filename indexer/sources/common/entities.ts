/**
 * A small HTML entity decoder for text lifted out of JSON-LD and JSON feeds.
 * Why not the `entities` package: it is only reachable as a hoisted transitive dependency (of dom-serializer, not
 * of cheerio, which nests its own copy), so importing it would break silently on a different install layout.
 * Numeric references cover everything; the named table covers what CMSs actually emit in Nordic/English text.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·', deg: '°', euro: '€', pound: '£', copy: '©',
  reg: '®', trade: '™', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”',
  bdquo: '„', acute: '´', times: '×', frac12: '½', sect: '§', para: '¶', iexcl: '¡', iquest: '¿',
  aring: 'å', Aring: 'Å', auml: 'ä', Auml: 'Ä', ouml: 'ö', Ouml: 'Ö', aelig: 'æ', AElig: 'Æ', oslash: 'ø',
  Oslash: 'Ø', uuml: 'ü', Uuml: 'Ü', eacute: 'é', Eacute: 'É', egrave: 'è', Egrave: 'È', ecirc: 'ê', euml: 'ë',
  aacute: 'á', agrave: 'à', acirc: 'â', atilde: 'ã', iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï',
  oacute: 'ó', ograve: 'ò', ocirc: 'ô', otilde: 'õ', uacute: 'ú', ugrave: 'ù', ucirc: 'û', yacute: 'ý',
  ccedil: 'ç', Ccedil: 'Ç', ntilde: 'ñ', Ntilde: 'Ñ', szlig: 'ß', eth: 'ð', thorn: 'þ', scaron: 'š',
  Scaron: 'Š', zcaron: 'ž', Zcaron: 'Ž',
};

const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

function fromCodePoint(code: number): string | null {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

/** Decode `&amp;`, `&#038;`, `&#x27;`, `&auml;` …; unknown names are left as they are. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body.startsWith('#')) {
      const hex = body[1] === 'x' || body[1] === 'X';
      return fromCodePoint(Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10)) ?? whole;
    }
    return NAMED[body] ?? whole;
  });
}
