/**
 * ISO weekdays (1 = Monday) named in free opening-hours text, in Swedish, English or schema.org's two-letter codes:
 * "mån–fre 10–17", "Mo-Fr 10:00-17:00", "Monday, Wednesday", "dagligen". Null when no day is named.
 */

const NAMES: Array<[RegExp, number]> = [
  [/^(mån(dag(ar)?)?|mon(day)?|mo)$/, 1],
  [/^(tis(dag(ar)?)?|tue(s(day)?)?|tu)$/, 2],
  [/^(ons(dag(ar)?)?|wed(nesday)?|we)$/, 3],
  [/^(tor(s(dag(ar)?)?)?|thu(rs(day)?)?|th)$/, 4],
  [/^(fre(dag(ar)?)?|fri(day)?|fr)$/, 5],
  [/^(lör(dag(ar)?)?|sat(urday)?|sa)$/, 6],
  [/^(sön(dag(ar)?)?|sun(day)?|su)$/, 7],
];
const EVERY_DAY = /(?<!\p{L})(dagligen|alla dagar|varje dag|daily|every day|mo-su|mån-sön)(?!\p{L})/iu;
const TOKEN = /\p{L}+/gu;
const RANGE_GAP = /^\s*(-|–|—|till|to)\s*$/i;

function dayOf(word: string, original: string): number | null {
  // Two-letter codes only in schema.org's capitalised form: "to" and "sa" are ordinary words in running text.
  if (word.length === 2 && !/^[A-Z][a-z]$/.test(original)) return null;
  for (const [re, day] of NAMES) if (re.test(word)) return day;
  return null;
}

function expand(from: number, to: number): number[] {
  const days: number[] = [];
  for (let d = from; ; d = (d % 7) + 1) {
    days.push(d);
    if (d === to || days.length === 7) return days;
  }
}

/** The weekdays a text names, sorted, or null when it names none. */
export function weekdaysFromText(text: string): number[] | null {
  if (EVERY_DAY.test(text)) return [1, 2, 3, 4, 5, 6, 7];
  const found = new Set<number>();
  let previous: { day: number; end: number } | null = null;
  for (const m of text.matchAll(TOKEN)) {
    const day = dayOf(m[0].toLowerCase(), m[0]);
    if (day === null) continue;
    const gap = previous ? text.slice(previous.end, m.index) : '';
    if (previous && RANGE_GAP.test(gap)) for (const d of expand(previous.day, day)) found.add(d);
    else found.add(day);
    previous = { day, end: m.index + m[0].length };
  }
  return found.size > 0 ? [...found].sort((a, b) => a - b) : null;
}
