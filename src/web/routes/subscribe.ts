import { type Request, type Response, Router } from 'express';
import { isLang, type Lang } from '../../domain/lang.js';
import { first } from '../../domain/params.js';
import type { EventDoc } from '../../domain/event.js';
import { ignoredParams, reportIgnored } from '../api-params.js';
import { facetLabeller } from '../facet-labels.js';
import { formatWhen } from '../format.js';
import { subscriptionQuerySchema } from '../formats/api-schema.js';
import { calendarIcs } from '../formats/ics.js';
import { type FeedFormat, newsFeed } from '../formats/news-feed.js';
import { locale, pathsOf, t } from '../i18n.js';
import { eventPath, occurrencePath } from '../paths.js';
import { publicBase } from '../public-url.js';
import type { RouteDeps } from '../route-deps.js';
import { readSearchInput } from '../search-input.js';
import { filterParams, withParams } from '../search-url.js';
import { shownEnglishText, shownTitle } from '../shown-text.js';
import { searchTitle } from '../subscription-name.js';

/** An item's title and text as the site in `lang` shows them ("Jazzkväll – Inställt" when cancelled). */
function shownTexts(doc: EventDoc, lang: Lang): { title: string; text: string } {
  const title = shownTitle(doc, lang).text;
  return {
    title: doc.status === 'cancelled' ? `${title} – ${t(lang, 'badge.cancelled')}` : title,
    text: shownEnglishText(doc, lang) ?? doc.descriptionText,
  };
}

/** Occurrences in one calendar file at most (the index holds `indexer.horizonDays` ahead). */
export const MAX_CALENDAR_OCCURRENCES = 2000;
/** Items in a news feed: the newest changes. */
const FEED_ITEMS = 50;
/** Calendar apps and feed readers poll; a quarter of an hour matches the indexer's schedule. */
const POLL_SECONDS = 900;

const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

function langOf(deps: RouteDeps, raw: unknown): Lang {
  const asked = first(raw);
  return isLang(asked) && deps.site.languages.includes(asked) ? asked : deps.site.defaultLanguage;
}

/**
 * Subscriptions to any search: GET /api/events.ics (every matching future occurrence, for calendar apps) and
 * /api/events.rss, .atom, .json (newest changes first, for feed readers). Same filter parameters as the search page.
 */
export function subscribeRoutes(deps: RouteDeps): Router {
  const router = Router();
  const schema = subscriptionQuerySchema(deps.vocab);
  const tz = deps.site.timeZone;
  const read = (req: Request, res: Response) => {
    reportIgnored(res, ignoredParams(schema, req.query));
    const now = deps.now();
    const lang = langOf(deps, req.query.lang);
    const input = readSearchInput(req.query, deps.vocab, now, tz);
    const base = publicBase(deps.site, req);
    return { now, lang, input, base, title: searchTitle(input, lang, facetLabeller(deps.vocab, lang)) };
  };

  router.get('/api/events.ics', async (req, res) => {
    const { now, lang, input, base, title } = read(req, res);
    // Places have opening hours, not dates: a calendar gets the events (none, when only places were asked for).
    const kinds = input.query.facets.kind;
    const query = { ...input.query, facets: { ...input.query.facets, kind: ['event'] } };
    const occurrences = kinds.length && !kinds.includes('event') ? [] : await deps.reader.matchingOccurrences(query, now, MAX_CALENDAR_OCCURRENCES);
    const ics = calendarIcs(occurrences, {
      now,
      tz,
      name: title,
      description: withParams(`${base}${pathsOf(lang).search}`, filterParams(input)),
      refreshSeconds: POLL_SECONDS,
      pageUrl: (d: EventDoc) => `${base}${occurrencePath(lang, d)}`,
    });
    res.set('Cache-Control', `public, max-age=${POLL_SECONDS}`).type('text/calendar; charset=utf-8').set('Content-Disposition', 'inline; filename="upptack.ics"').send(ics);
  });

  for (const format of ['rss', 'atom', 'json'] as const) {
    router.get(`/api/events.${format}`, async (req, res) => {
      const { now, lang, input, base, title } = read(req, res);
      const docs = await deps.reader.recentlyChanged(input.query, now, FEED_ITEMS);
      const params = filterParams(input);
      if (lang !== deps.site.defaultLanguage) params.set('lang', lang);
      const items = docs.map((doc) => ({
        doc,
        ...shownTexts(doc, lang),
        page: `${base}${eventPath(lang, doc)}`,
        whenWhere: [doc.kind === 'event' ? formatWhen(doc.startsAt, doc.endsAt, doc.allDay, { lang, tz }) : t(lang, 'kind.experience'), doc.venue?.name, doc.areaName]
          .filter(Boolean)
          .join(' · '),
      }));
      const body = newsFeed(items, format, {
        title,
        description: t(lang, 'subscribe.feedDescription'),
        self: (f) => withParams(`${base}/api/events.${f}`, params),
        searchPage: withParams(`${base}${pathsOf(lang).search}`, filterParams(input)),
        lang: locale(lang),
        now,
      });
      res.set('Cache-Control', `public, max-age=${POLL_SECONDS}`).type(FEED_TYPES[format]).send(body);
    });
  }
  return router;
}
