import { weekdaysFromText } from '../common/weekdays.js';
import type { LdGraph } from './graph.js';
import { asArray, enumName, isNode, type LdNode, ldText } from './values.js';

// CASE: generators write "https://schema.org/Monday", "Monday", "monday" or even "Mo".
const DAY_NUMBER: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mo: 1, tu: 2, we: 3, th: 4, fr: 5, sa: 6, su: 7,
};
const DAY_CODE = ['', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

/** Opening hours as schema.org's own text form ("Mo-Fr 10:00-17:00; Sa 11:00-15:00") and the weekdays open. */
export interface LdOpeningHours {
  text: string | null;
  weekdays: number[] | null;
}

function hhmm(value: unknown): string | null {
  const m = /^(\d{1,2}):(\d{2})/.exec(ldText(value) ?? '');
  return m ? `${m[1]?.padStart(2, '0')}:${m[2]}` : null;
}

/** "Mo,Tu,We,Fr" → "Mo-We,Fr". */
function dayList(days: number[]): string {
  const runs: number[][] = [];
  for (const d of [...days].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last.at(-1) === d - 1) last.push(d);
    else runs.push([d]);
  }
  return runs.map((r) => (r.length > 2 ? `${DAY_CODE[r[0] ?? 0]}-${DAY_CODE[r.at(-1) ?? 0]}` : r.map((d) => DAY_CODE[d]).join(','))).join(',');
}

/** One OpeningHoursSpecification → its open days and "Mo-Fr 10:00-17:00", or null when it says closed. */
function readSpec(spec: LdNode): { days: number[]; text: string } | null {
  const days = asArray(spec.dayOfWeek).flatMap((d) => DAY_NUMBER[enumName(d)?.toLowerCase() ?? ''] ?? []);
  const [opens, closes] = [hhmm(spec.opens), hhmm(spec.closes)];
  // schema.org: opens and closes both 00:00 means closed all day.
  if (days.length === 0 || (opens === '00:00' && closes === '00:00')) return null;
  const hours = opens && closes ? ` ${opens}-${closes}` : '';
  return { days, text: `${dayList(days)}${hours}` };
}

/**
 * `openingHoursSpecification` (structured) or `openingHours` ("Mo-Fr 10:00-17:00", a string or an array).
 * Seasonal specifications (validFrom/validThrough) are merged as if always valid: the site shows weekdays, not seasons.
 */
export function readOpeningHours(node: LdNode, graph: LdGraph): LdOpeningHours {
  const specs = asArray(graph.deref(node.openingHoursSpecification)).filter(isNode).flatMap((s) => readSpec(s) ?? []);
  const plain = asArray(node.openingHours).flatMap((h) => ldText(h) ?? []);
  const texts = [...specs.map((s) => s.text), ...plain];
  const days = new Set([...specs.flatMap((s) => s.days), ...plain.flatMap((p) => weekdaysFromText(p) ?? [])]);
  return {
    text: texts.length > 0 ? [...new Set(texts)].join('; ') : null,
    weekdays: days.size > 0 ? [...days].sort((a, b) => a - b) : null,
  };
}
