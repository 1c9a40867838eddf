/**
 * Windows-1252 decoding that is right on every Node version.
 * CASE: Node ≥ 20.18.3 / 22.13 decodes 'windows-1252' as Latin-1 (nodejs/node#60888), so bytes 0x80–0x9F — the
 * ’ – € “ ” Excel and CBIS write — come out as invisible C1 control characters. Mapping those back is a no-op on a
 * fixed Node, whose decoder never produces them (except for the five bytes Windows-1252 leaves undefined).
 */

const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decode Windows-1252 bytes per the WHATWG table. */
export function decodeWindows1252(body: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(body).replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80] ?? c);
}
