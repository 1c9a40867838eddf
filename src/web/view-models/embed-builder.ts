import { FACETS, type FacetField, type FacetVocabulary } from '../../domain/facets.js';
import type { FacetLabeller } from '../facet-labels.js';
import { facetLegend } from '../facet-labels.js';
import { type Lang, t } from '../i18n.js';
import type { SearchInput } from '../search-input.js';
import type { EmbedTheme } from './embed-list.js';

/** Facets an editor picks from in the builder (one value each keeps the form simple; URLs take more). */
const PICKED: readonly FacetField[] = ['categories', 'area', 'audience', 'kind'];

export interface EmbedBuilderModel {
  lang: Lang;
  pageTitle: string;
  action: string;
  q: string;
  selects: { name: string; label: string; options: { value: string; label: string; selected: boolean }[] }[];
  limit: number;
  themes: { value: EmbedTheme; label: string; checked: boolean }[];
  previewSrc: string;
  /** Pixels: room for `limit` items and the link under them (the snippet suggests the same). */
  previewHeight: number;
  iframeSnippet: string;
  scriptSnippet: string;
  posterHref: string;
  docsHref: string;
}

export interface BuilderContext {
  lang: Lang;
  action: string;
  base: string;
  label: FacetLabeller;
  vocab: FacetVocabulary;
  /** The chosen filters as URL parameters. */
  filter: URLSearchParams;
  limit: number;
  theme: EmbedTheme;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The "Bädda in" page: the filters as a plain GET form, a live preview, and the two snippets to copy. */
export function embedBuilderModel(input: SearchInput, ctx: BuilderContext): EmbedBuilderModel {
  const { lang, base, filter, limit, theme } = ctx;
  const selects = FACETS.filter((f) => PICKED.includes(f.field)).map((f) => ({
    name: f.param,
    label: facetLegend(f.field, lang),
    options: [
      { value: '', label: '—', selected: input.query.facets[f.field].length === 0 },
      ...[...ctx.vocab[f.field].keys()].map((v) => ({ value: v, label: ctx.label(f.field, v), selected: input.query.facets[f.field].includes(v) })),
    ],
  }));
  const embedParams = new URLSearchParams(filter);
  embedParams.set('limit', String(limit));
  embedParams.set('theme', theme);
  if (lang !== 'sv') embedParams.set('lang', lang);
  const src = `${base}/embed?${embedParams}`;
  const title = t(lang, 'embed.frameTitle', { site: t(lang, 'site.name') });
  const height = 70 + limit * 96;
  return {
    lang,
    pageTitle: t(lang, 'embed.builder.title'),
    action: ctx.action,
    q: input.typed,
    selects,
    limit,
    themes: (['light', 'dark'] as const).map((value) => ({ value, label: t(lang, `embed.theme.${value}`), checked: value === theme })),
    previewSrc: src,
    previewHeight: height,
    iframeSnippet: `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`,
    scriptSnippet: `<script src="${base}/embed.js" defer></script>\n<upptack-events filter="${escapeAttr(filter.toString())}" limit="${limit}" lang="${lang}"${theme === 'dark' ? ' theme="dark"' : ''}></upptack-events>`,
    posterHref: `/api/poster?${new URLSearchParams([...filter, ['limit', String(limit)]])}`,
    docsHref: '/api/docs',
  };
}
