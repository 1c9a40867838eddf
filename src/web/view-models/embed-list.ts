import type { EventSummary } from '../../search/ports.js';
import { formatWhen } from '../format.js';
import { type Lang, t } from '../i18n.js';
import { occurrencePath } from '../paths.js';

export type EmbedTheme = 'light' | 'dark';

export interface EmbedListModel {
  lang: Lang;
  theme: EmbedTheme;
  frameTitle: string;
  items: { title: string; href: string; when: string; place: string | null; cancelled: boolean }[];
  empty: string;
  more: { href: string; label: string };
}

/** A partner's embedded list: the next events of a filter, each linking to its page on this site (absolute links). */
export function embedListModel(hits: readonly EventSummary[], ctx: { lang: Lang; tz: string; base: string; theme: EmbedTheme; searchHref: string }): EmbedListModel {
  const { lang, base } = ctx;
  const site = t(lang, 'site.name');
  return {
    lang,
    theme: ctx.theme,
    frameTitle: t(lang, 'embed.frameTitle', { site }),
    items: hits.map((h) => ({
      title: h.title,
      href: `${base}${occurrencePath(lang, h)}`,
      when: h.kind === 'event' ? formatWhen(h.startsAt, h.endsAt, h.allDay, ctx) : t(lang, 'kind.experience'),
      place: [h.venue?.name, h.areaName].filter(Boolean).join(', ') || null,
      cancelled: h.status === 'cancelled',
    })),
    empty: t(lang, 'embed.empty'),
    more: { href: `${base}${ctx.searchHref}`, label: t(lang, 'embed.more', { site }) },
  };
}
