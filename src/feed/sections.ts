import { presetRange } from '../domain/date-range.js';
import type { Scored } from './rank.js';

/** The feed's time sections, in page order. */
export const SECTION_IDS = ['now', 'soon', 'tonight', 'weekend', 'places'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface FeedSection {
  id: SectionId;
  items: Scored[];
}

const SOON_S = 3 * 3600;

/** The time windows the sections cover at `now`, also what the service asks the index for. */
export function sectionWindows(now: number, tz: string) {
  return {
    soon: { from: now, to: now + SOON_S },
    tonight: presetRange('tonight', now, tz),
    weekend: presetRange('weekend', now, tz),
  };
}

type Test = (s: Scored) => boolean;

/**
 * Sorts ranked cards (best first) into "Just nu" (on now, places open now), "Snart" (starts within 3 hours), "Ikväll",
 * "I helgen" and places open today. A card lands in the first section it fits and never twice on the page: cards
 * already shown above (`shown`) are left out. Empty sections are dropped.
 */
export function toSections(ranked: readonly Scored[], now: number, tz: string, size: number, shown: ReadonlySet<string>): FeedSection[] {
  const w = sectionWindows(now, tz);
  const isEvent = (s: Scored) => s.candidate.kind === 'event';
  const overlaps = (s: Scored, r: { from: number; to: number }) => s.candidate.startsAt <= r.to && s.candidate.endsAt >= r.from;
  const tests: Record<SectionId, Test> = {
    now: (s) => (isEvent(s) ? s.candidate.startsAt <= now && now < s.candidate.endsAt : s.reasons.some((r) => r.kind === 'open-now')),
    soon: (s) => isEvent(s) && s.candidate.startsAt > now && s.candidate.startsAt <= w.soon.to,
    tonight: (s) => isEvent(s) && w.tonight.from < w.tonight.to && overlaps(s, w.tonight),
    weekend: (s) => isEvent(s) && overlaps(s, w.weekend),
    places: (s) => !isEvent(s) && s.parts.time > 0.1,
  };
  const used = new Set(shown);
  const sections: FeedSection[] = [];
  for (const id of SECTION_IDS) {
    const items: Scored[] = [];
    for (const s of ranked) {
      if (items.length >= size) break;
      if (s.suppressed || used.has(s.candidate.eventId) || !tests[id](s)) continue;
      items.push(s);
      used.add(s.candidate.eventId);
    }
    if (items.length) sections.push({ id, items });
  }
  return sections;
}
