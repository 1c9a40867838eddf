import { Feed } from 'feed';
import type { EventDoc } from '../../domain/event.js';

/*
 * RSS 2.0, Atom 1.0 and JSON Feed 1 of a search, by the maintained `feed` library: newest changes first, each item
 * with its date and place at the start of its summary (readers show the summary, not our page).
 */

export type FeedFormat = 'rss' | 'atom' | 'json';

export interface FeedItem {
  doc: EventDoc;
  /** The title as the site shows it ("Jazzkväll – Inställt" when cancelled). */
  title: string;
  /** The description as the site shows it, plain (the feed's English text on the English site when it has one). */
  text: string;
  /** The event page on this site. */
  page: string;
  /** "lör 10 jan 18:00–20:00 · Konserthuset, Västra Esplanaden 10": when and where, as the site shows them. */
  whenWhere: string;
}

export interface NewsFeedContext {
  title: string;
  description: string;
  /** This feed's own address (self link) and the search page it mirrors. */
  self: (format: FeedFormat) => string;
  searchPage: string;
  lang: string;
  now: number;
}

const SUMMARY_CHARS = 300;

export function newsFeed(items: readonly FeedItem[], format: FeedFormat, ctx: NewsFeedContext): string {
  const updated = items.reduce((max, i) => Math.max(max, i.doc.updatedAt), 0) || ctx.now;
  const feed = new Feed({
    title: ctx.title,
    description: ctx.description,
    id: ctx.self(format),
    link: ctx.searchPage,
    language: ctx.lang,
    updated: new Date(updated * 1000),
    generator: 'Upptäck',
    copyright: '',
    feedLinks: { rss: ctx.self('rss'), atom: ctx.self('atom'), json: ctx.self('json') },
  });
  for (const { doc, title, text: whole, page, whenWhere } of items) {
    const text = whole.length > SUMMARY_CHARS ? `${whole.slice(0, SUMMARY_CHARS - 1)}…` : whole;
    feed.addItem({
      title,
      id: page,
      link: page,
      date: new Date(doc.updatedAt * 1000),
      description: text ? `${whenWhere}. ${text}` : whenWhere,
      ...(doc.image ? { image: doc.image } : {}),
      category: doc.categories.map((name) => ({ name })),
    });
  }
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return feed.atom1();
  return feed.json1();
}
