import type { EnglishVersion } from '../../../src/domain/source-event.js';
import { altText } from '../common/alt-text.js';
import { type FeedTime, parseFeedTime } from '../common/datetime.js';
import { englishVersion, isEnglish } from '../common/english.js';
import { stableId } from '../common/hash.js';
import { imageRef } from '../common/image-ref.js';
import { cleanDescription, cleanUrl, splitList, uniqueTexts } from '../common/text.js';
import type { LdGraph } from './graph.js';
import { asArray, isNode, type LdNode, ldEnglish, ldLang, ldName, ldRawIn, ldText, ldTypes, ldUrl } from './values.js';

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
  english: EnglishVersion | null;
  url: string | null;
  image: string | null;
  imageAlt: string | null;
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

/**
 * The first image, a URL or an ImageObject (url, contentUrl); relative ones resolve against the page. An ImageObject's
 * `caption`, else its `description`, else its `name` is what it shows (schema.org gives no alt property).
 */
function ldImage(value: unknown, pageUrl: string, lang: string | null): { image: string | null; imageAlt: string | null } {
  for (const v of asArray(value)) {
    const url = isNode(v) ? ldImage(v.url ?? v.contentUrl, pageUrl, lang).image : imageRef(v, pageUrl);
    if (url === null) continue;
    const words = isNode(v) ? [v.caption, v.description, v.name].map((w) => altText(ldRawIn(w, lang))).find((w) => w !== null) : null;
    return { image: url, imageAlt: words ?? null };
  }
  return { image: null, imageAlt: null };
}

/** The English name and description of a node whose main language is not English (language-tagged values). */
function englishOf(node: LdNode, main: { title: string; description: string; lang: string | null }): EnglishVersion | null {
  if (isEnglish(main.lang)) return null;
  return englishVersion({ title: main.title, description: main.description }, { title: ldEnglish(node.name), description: ldEnglish(node.description) });
}

/** Category words: `keywords` (comma-separated text or an array), `about` and `genre` (texts or Things). */
function categoryWords(node: LdNode): string[] {
  const keywords = asArray(node.keywords).flatMap((k) => (typeof k === 'string' ? splitList(k) : (ldName(k) ?? [])));
  const about = [...asArray(node.about), ...asArray(node.genre)].map((a) => ldName(a));
  return uniqueTexts([...keywords, ...about]);
}

/** The language a node's texts are in: its `inLanguage`, else the page's. */
function mainLang(node: LdNode, env: LdEnv): string | null {
  return ldLang(node.inLanguage) ?? ldLang(env.pageLang);
}

/** A node's name in its main language (of language-tagged names, not the English one the English site gets apart). */
export function ldTitle(node: LdNode, env: LdEnv): string | null {
  return ldText(ldRawIn(node.name, mainLang(node, env)));
}

/** Read the shared fields of a node named `title`. */
export function readCommon(node: LdNode, env: LdEnv, title: string): LdCommon {
  const base = baseOf(env.pageUrl);
  const audience = asArray(env.graph.deref(node.audience)).map((a) => (isNode(a) ? (ldText(a.audienceType) ?? ldName(a)) : ldText(a)));
  const lang = mainLang(node, env);
  const description = cleanDescription(ldRawIn(node.description, lang) ?? '');
  return {
    description,
    english: englishOf(node, { title, description, lang }),
    url: ldUrl(node.url, base),
    ...ldImage(env.graph.deref(node.image), env.pageUrl, lang),
    organizer: ldName(env.graph.deref(node.organizer)),
    categoriesRaw: categoryWords(node),
    audienceRaw: uniqueTexts(audience),
    lang,
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
