import type { Lang } from '../i18n.js';
import type { SearchInput } from '../search-input.js';
import { filterParams, withParams } from '../search-url.js';
import { BUILDER_PATHS } from '../routes/embed.js';

/** The panel's id: the home page links to it with the visitor's interests as the search. */
export const SUBSCRIBE_ANCHOR = 'prenumerera';

export interface SubscribeModel {
  /** The https address of the calendar file (to copy into any calendar app). */
  icsHref: string;
  webcalHref: string;
  googleHref: string;
  outlookHref: string;
  feeds: { label: string; href: string }[];
  embedHref: string;
}

/**
 * "Prenumerera" under a search: the same filters as a calendar subscription (webcal:// for Apple and Outlook desktop,
 * Google's and Outlook.com's "add by URL"), as news feeds, and as an embed.
 */
export function subscribeModel(input: SearchInput, ctx: { lang: Lang; base: string; defaultLang: Lang; title: string }): SubscribeModel {
  const params = filterParams(input);
  const embedParams = new URLSearchParams(params);
  if (ctx.lang !== ctx.defaultLang) params.set('lang', ctx.lang);
  const ics = withParams(`${ctx.base}/api/events.ics`, params);
  const webcal = ics.replace(/^https?:/, 'webcal:');
  const feed = (ext: string) => withParams(`${ctx.base}/api/events.${ext}`, params);
  return {
    icsHref: ics,
    webcalHref: webcal,
    googleHref: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
    outlookHref: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(ics)}&name=${encodeURIComponent(ctx.title)}`,
    feeds: [
      { label: 'RSS', href: feed('rss') },
      { label: 'Atom', href: feed('atom') },
      { label: 'JSON Feed', href: feed('json') },
    ],
    embedHref: withParams(BUILDER_PATHS[ctx.lang], embedParams),
  };
}

