import { isPriceSentence } from '../sources/common/price.js';

/*
 * Who an event's text addresses, read before the vocabulary lookup: "för bebisar 0–12 månader tillsammans med en
 * vuxen" is for babies, not for adults, and "Barn gratis, vuxna 150 kr" names who pays, not who it is for.
 */

export const CHILDREN = 'children-family';
const YOUTH = 'youth';
const ADULTS = 'adults';

/** An adult who comes along: the event is for the child ("med vuxen", "och deras vuxna", "with a parent"). */
const COMPANION =
  /(?<!\p{L})(?:(?:tillsammans )?med (?:en |sin |din |förälder eller )?(?:vuxen|förälder|förälder|vårdnadshavare|föräldrar)|och (?:deras|sina|din|dina) (?:vuxna|föräldrar|förälder)|i (?:en )?vuxens sällskap|i vuxet sällskap|(?:together )?with (?:an? |their |a )?(?:adult|parent|grown-up|guardian)s?|accompanied by (?:an? )?(?:adult|parent)s?)(?!\p{L})/giu;
/** "0–12 månader", "2–5 år", "from 7 to 12 years". */
const AGE_RANGE = /(?<![\p{L}\d])(\d{1,2})\s*(?:[–-]|till|to)\s*(\d{1,2})\s*(år|års|månader|mån|years?|months?)(?!\p{L})/giu;
/** "från 10 år", "from 16", "18+", "över 18 år". */
// Not "från 18.00" (a time) or "från 1700-talet" (a century).
const AGE_FROM = /(?<!\p{L})(?:från|from|över|over|aged)\s*(\d{1,2})(?![\d.:])\s*(?:år|years?)?(?![\p{L}\d])|(?<![\p{L}\d])(\d{1,2})\s*\+/giu;
/** A title word that makes it a children's or family event: "Barnteater", "Babyrytmik", "Familjesöndag". */
const CHILD_TITLE = /(?<!\p{L})(?:barn|baby|bebis|familje|småbarns)\p{L}{3,}/iu;

const SENTENCE = /(?<=[.!?])\s+(?=\p{Lu})/u;

function byAge(from: number, to: number): string[] {
  if (to <= 12) return [CHILDREN];
  if (from >= 18) return [ADULTS];
  if (from >= 13) return to <= 19 ? [YOUTH] : [YOUTH, ADULTS];
  return [CHILDREN, YOUTH];
}

function byMinimumAge(age: number): string[] {
  if (age < 13) return [CHILDREN];
  return age < 18 ? [YOUTH, ADULTS] : [ADULTS];
}

/**
 * What the words say about the audience, and the text with those words taken out, for the vocabulary lookup to read
 * the rest: price sentences are dropped, companions and ages become audiences.
 */
export function readAudience(title: string, text: string): { found: string[]; rest: string } {
  const found = new Set<string>();
  if (CHILD_TITLE.test(title)) found.add(CHILDREN);
  let rest = text
    .split(SENTENCE)
    .filter((s) => !isPriceSentence(s))
    .join(' ');
  rest = rest.replace(COMPANION, () => {
    found.add(CHILDREN);
    return ' ';
  });
  rest = rest.replace(AGE_RANGE, (_m, a: string, b: string, unit: string) => {
    for (const id of /^(mån|month)/i.test(unit) ? [CHILDREN] : byAge(Number(a), Number(b))) found.add(id);
    return ' ';
  });
  rest = rest.replace(AGE_FROM, (_m, a?: string, b?: string) => {
    for (const id of byMinimumAge(Number(a ?? b))) found.add(id);
    return ' ';
  });
  return { found: [...found], rest: `${title} ${rest}` };
}
