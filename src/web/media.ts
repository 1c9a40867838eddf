import type { EventDoc } from '../domain/event.js';
import { pictureSrcset, pictureUrl } from '../domain/pictures.js';
import type { FacetLabeller } from './facet-labels.js';
import { type Lang, t } from './i18n.js';
import { foreignLang } from './shown-text.js';

/** An image as a template shows it: the feed's picture (served by the site) or the category's illustration. */
export interface Media {
  src: string;
  srcset: string | null;
  sizes: string | null;
  /** Intrinsic size, so the browser reserves the space before the image arrives. */
  width: number;
  height: number;
  alt: string;
  /** The alt text's language when it is not the page's: a feed's own description of its picture, in Swedish on the English site. */
  altLang: string | null;
  illustration: boolean;
}

/**
 * The illustration (src/web/public/illustrations/) of each category that has one. Swedish file names: URLs that
 * name no category id, so a page's requests never echo a visitor's chosen interests.
 */
const ILLUSTRATIONS: Record<string, string> = {
  music: 'musik', theatre: 'teater', art: 'konst', exhibition: 'utstallning', film: 'film', dance: 'dans',
  lecture: 'forelasning', sport: 'sport', outdoors: 'friluftsliv', nature: 'natur', food: 'mat', market: 'marknad',
  festival: 'festival', history: 'historia', 'guided-tour': 'guidad-tur', library: 'bibliotek',
};

/**
 * The picture of an event or place at the given display sizes; without one, the illustration of its first
 * illustrated category (a place without any gets a place drawing). Alt text comes from the feed, else says what
 * the image is.
 */
export function mediaOf(
  e: Pick<EventDoc, 'title' | 'kind' | 'categories' | 'picture'> & Partial<Pick<EventDoc, 'lang'>>,
  sizes: string,
  lang: Lang,
  label?: FacetLabeller,
): Media {
  const p = e.picture;
  if (p) {
    const width = p.widths.at(-1) ?? 640;
    return {
      src: pictureUrl(p, p.widths.find((w) => w >= 640) ?? width),
      srcset: pictureSrcset(p),
      sizes,
      width,
      height: Math.round(width / p.ratio),
      alt: p.alt ?? t(lang, 'image.of', { title: e.title }),
      altLang: p.alt ? foreignLang({ lang: e.lang ?? '' }, lang) : null,
      illustration: false,
    };
  }
  const category = e.categories.find((c) => c in ILLUSTRATIONS);
  const name = category ? ILLUSTRATIONS[category] : e.kind === 'experience' ? 'plats' : 'evenemang';
  const what = category && label ? label('categories', category) : t(lang, `kind.${e.kind}`);
  return { src: `/assets/illustrations/${name}.svg`, srcset: null, sizes: null, width: 480, height: 320, alt: t(lang, 'image.illustration', { what }), altLang: null, illustration: true };
}
