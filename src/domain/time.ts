/**
 * Time-zone arithmetic on epoch seconds with Intl only (no clock reads: callers pass `now`).
 * The site's zone comes from config (`site.timeZone`); feeds may bring any IANA zone.
 */

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function wallTimeFromIntl(epoch: number, timeZone: string): WallTime & { weekday: number } {
  const parts = partsFormatter(timeZone).formatToParts(new Date(epoch * 1000));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: WEEKDAYS[get('weekday')] ?? 1,
  };
}

/**
 * UTC offsets per zone and quarter hour. formatToParts costs ~20 µs and pages call this hundreds of times; zones
 * change offset only on quarter-hour boundaries, so one lookup serves the whole quarter.
 */
const QUARTER = 900;
const offsetCache = new Map<string, number>();

function offsetAt(epoch: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(epoch / QUARTER)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    const start = Math.floor(epoch / QUARTER) * QUARTER;
    const w = wallTimeFromIntl(start, timeZone);
    offset = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) / 1000 - start;
    if (offsetCache.size > 20_000) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return offset;
}

/** The wall-clock time and ISO weekday (1 = Monday) at `epoch` in `timeZone`. */
export function toWallTime(epoch: number, timeZone: string): WallTime & { weekday: number } {
  const d = new Date((Math.floor(epoch) + offsetAt(epoch, timeZone)) * 1000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: ((d.getUTCDay() + 6) % 7) + 1,
  };
}

/**
 * Epoch seconds of a wall-clock time in `timeZone`. A time skipped by a DST jump resolves forward (02:30 → 03:30);
 * a time that occurs twice (the autumn hour) resolves to one of its two instants, consistently.
 */
export function fromWallTime(w: WallTime, timeZone: string): number {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) / 1000;
  const first = asUtc - offsetAt(asUtc, timeZone);
  const second = asUtc - offsetAt(first, timeZone);
  if (first === second) return first;
  // Across a transition the two guesses differ; take the earlier one that maps back to the asked time.
  const candidates = [Math.min(first, second), Math.max(first, second)];
  for (const c of candidates) {
    const back = toWallTime(c, timeZone);
    if (back.hour === w.hour && back.minute === w.minute && back.day === w.day) return c;
  }
  return Math.max(first, second);
}

/** Move `epoch` by whole local calendar days, keeping its wall-clock time across DST changes. */
export function addLocalDays(epoch: number, days: number, timeZone: string): number {
  const w = toWallTime(epoch, timeZone);
  const shifted = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return fromWallTime(
    { ...w, year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() },
    timeZone,
  );
}

/** Start of the local day containing `epoch`. */
export function startOfLocalDay(epoch: number, timeZone: string): number {
  const w = toWallTime(epoch, timeZone);
  return fromWallTime({ ...w, hour: 0, minute: 0, second: 0 }, timeZone);
}

/** Whole local days from the day of `from` to the day of `to` (negative when `to` is earlier). */
export function localDayDiff(from: number, to: number, timeZone: string): number {
  const a = toWallTime(from, timeZone);
  const b = toWallTime(to, timeZone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** True for names Intl knows as time zones. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
