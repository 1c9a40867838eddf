import type { KioskConfig } from '../../config/kiosks-schema.js';
import type { DatePreset } from '../../domain/date-range.js';
import { facetDef } from '../../domain/facets.js';
import type { SearchPage } from '../../search/ports.js';
import { countLabel } from '../format.js';
import { type Lang, t } from '../i18n.js';
import { kioskPaths } from '../kiosk/paths.js';
import { type KioskCard, type KioskCardContext, kioskCard } from './kiosk-card.js';

export interface Chip {
  id: string;
  name: string;
  value: string;
  label: string;
  checked: boolean;
}

/** The results list in the screen's reach zone: one big button per event. */
export interface KioskResults {
  lang: Lang;
  heading: string;
  cards: (KioskCard & { href: string })[];
  empty: string | null;
}

/** The touch view in one language: chips, search box, keyboard, results, language buttons. */
export interface KioskTouch {
  lang: Lang;
  resultsHref: string;
  categories: Chip[];
  whens: Chip[];
  languages: { lang: Lang; label: string; href: string; current: boolean }[];
  /** The on-screen keyboard's own keys, in this language (JSON for a data attribute). */
  keyLabels: string;
  results: KioskResults;
}

/** What the visitor chose: one category, one time, the words typed. */
export interface KioskChoice {
  q: string;
  category: string | null;
  when: DatePreset | null;
}

/** The time chips: what a visitor standing in the tourist office asks about. */
export const KIOSK_WHENS = ['today', 'tonight', 'tomorrow', 'weekend'] as const satisfies readonly DatePreset[];

/**
 * "12 träffar · Musik · I helgen": the chips chosen are named with the count, so the list says what it is while the
 * keyboard has the chips out of sight.
 */
function chosenHeading(total: number, choice: KioskChoice, ctx: KioskCardContext): string {
  const category = choice.category ? ctx.label('categories', choice.category) : null;
  const when = choice.when ? t(ctx.lang, `when.${choice.when}`) : null;
  return [countLabel(ctx.lang, total), category, when].filter(Boolean).join(' · ');
}

/** Results for a search, or the screen's default list when nothing is chosen yet. */
export function kioskResults(page: SearchPage, choice: KioskChoice, kiosk: KioskConfig, ctx: KioskCardContext): KioskResults {
  const { lang } = ctx;
  const paths = kioskPaths(kiosk.id);
  const chosen = choice.q !== '' || choice.category !== null || choice.when !== null;
  return {
    lang,
    heading: chosen ? chosenHeading(page.total, choice, ctx) : t(lang, 'kiosk.results.upcoming'),
    cards: page.hits.map((h) => ({
      ...kioskCard(h, ctx),
      // Under a date chip the card opens on the date it was found at (a weekly event's Saturday, not its Tuesday).
      href: paths.event(lang, h.eventId, choice.when && h.kind === 'event' ? h.startsAt : null),
    })),
    empty: page.total === 0 ? t(lang, 'kiosk.results.none') : null,
  };
}

function categoryChips(kiosk: KioskConfig, choice: KioskChoice, ctx: KioskCardContext, ids: readonly string[]): Chip[] {
  const chip = (value: string, label: string): Chip => ({ id: `k-cat-${value || 'all'}`, name: facetDef('categories').param, value, label, checked: (choice.category ?? '') === value });
  // The screen's emphasis first, then the rest alphabetically in the visitor's language.
  const rest = ids.filter((id) => !kiosk.emphasis.includes(id)).sort((a, b) => ctx.label('categories', a).localeCompare(ctx.label('categories', b), ctx.lang));
  return [chip('', t(ctx.lang, 'kiosk.chip.all')), ...[...kiosk.emphasis, ...rest].map((id) => chip(id, ctx.label('categories', id)))];
}

export function kioskTouch(kiosk: KioskConfig, categories: readonly string[], results: KioskResults, choice: KioskChoice, ctx: KioskCardContext): KioskTouch {
  const { lang } = ctx;
  const paths = kioskPaths(kiosk.id);
  const when = (value: string, label: string): Chip => ({ id: `k-when-${value || 'any'}`, name: 'when', value, label, checked: (choice.when ?? '') === value });
  return {
    lang,
    resultsHref: paths.results,
    categories: categoryChips(kiosk, choice, ctx, categories),
    whens: [when('', t(lang, 'kiosk.chip.anyTime')), ...KIOSK_WHENS.map((w) => when(w, t(lang, `when.${w}`)))],
    languages: kiosk.languages.map((l) => ({ lang: l, label: t(l, 'kiosk.language'), href: paths.touch(l), current: l === lang })),
    keyLabels: JSON.stringify({ '{bksp}': t(lang, 'kiosk.key.backspace'), '{space}': t(lang, 'kiosk.key.space'), '{done}': t(lang, 'kiosk.key.done') }),
    results,
  };
}
