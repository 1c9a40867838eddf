import { type FeedTime, parseFeedTime } from '../common/datetime.js';
import { stableId } from '../common/hash.js';
import { imageRef } from '../common/image-ref.js';
import { cleanDescription, cleanUrl, splitList, uniqueTexts } from '../common/text.js';
import type { LdGraph } from './graph.js';
import { asArray, isNode, type LdNode, ldLang, ldName, ldRaw, ldText, ldTypes, ldUrl } from './values.js';

/** What mapping a node needs besides the node: the page graph, the page URL and language, and the zone. */
export interface LdEnv {
  graph: LdGraph;
  pageUrl: string;
  pageLang: string | null;
  timeZone: string;
}

/** Fields every JSON-LD thing shares, events and attractions alike. */
export interface LdCommon {
  description: string;
  url: string | null;
  image: string | null;
  organizer: string | null;
  categoriesRaw: string[];
  audienceRaw: string[];
  lang: string | null;
  updatedAt: number | null;
}

/** Base for relative URLs; a page URL that is not absolute (a local test file) gives none. */
export function baseOf(pageUrl: string): string | undefined {
  return cleanUrl(pageUrl) ?? undefined;
}

/** The first image, a URL or an ImageObject (url, contentUrl); relative ones resolve against the page. */
function ldImage(value: unknown, pageUrl: string): string | null {
  for (const v of asArray(value)) {
    const url = isNode(v) ? ldImage(v.url ?? v.contentUrl, pageUrl) : imageRef(v, pageUrl);
    if (url !== null) return url;
  }
  return null;
}

/** Category words: `keywords` (comma-separated text or an array), `about` and `genre` (texts or Things). */
function categoryWords(node: LdNode): string[] {
  const keywords = asArray(node.keywords).flatMap((k) => (typeof k === 'string' ? splitList(k) : (ldName(k) ?? [])));
  const about = [...asArray(node.about), ...asArray(node.genre)].map((a) => ldName(a));
  return uniqueTexts([...keywords, ...about]);
}

/** Read the shared fields of a node. */
export function readCommon(node: LdNode, env: LdEnv): LdCommon {
  const base = baseOf(env.pageUrl);
  const audience = asArray(env.graph.deref(node.audience)).map((a) => (isNode(a) ? (ldText(a.audienceType) ?? ldName(a)) : ldText(a)));
  return {
    description: cleanDescription(ldRaw(node.description) ?? ''),
    url: ldUrl(node.url, base),
    image: ldImage(env.graph.deref(node.image), env.pageUrl),
    organizer: ldName(env.graph.deref(node.organizer)),
    categoriesRaw: categoryWords(node),
    audienceRaw: uniqueTexts(audience),
    lang: ldLang(node.inLanguage) ?? ldLang(env.pageLang),
    updatedAt: parseFeedTime(ldText(node.dateModified), env.timeZone)?.epoch ?? null,
  };
}

/** The node's `@id` (made absolute: "#event" ids are page-local), else its URL, else a hash of what identifies it. */
export function uidOf(node: LdNode, url: string | null, env: LdEnv, parts: Array<string | number | null>): string {
  const id = typeof node['@id'] === 'string' ? node['@id'].trim() : '';
  if (id !== '' && !id.startsWith('_:')) return cleanUrl(id, baseOf(env.pageUrl)) ?? id;
  return url ?? stableId('jsonld', parts);
}

/** A date property read in the page's zone; null when absent or unreadable. */
export function ldTime(value: unknown, env: LdEnv): FeedTime | null {
  return parseFeedTime(ldText(value), env.timeZone);
}

/** Types worth keeping as category words ("Museum", "MusicEvent"), without the generic ones. */
export function typeWords(node: LdNode): string[] {
  const generic = new Set(['Thing', 'Place', 'Event', 'TouristAttraction', 'TouristDestination', 'LocalBusiness']);
  return ldTypes(node).filter((t) => !generic.has(t));
}
