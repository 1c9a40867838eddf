import { englishNoteOf } from '../domain/english-note.js';
import type { EventDoc } from '../domain/event.js';
import type { Lang } from './i18n.js';

/*
 * Which of an event's texts a page in one language shows, and in which language they are. On the English site the
 * feed's own English title and text come first (indexer/enrich/english-text.ts), else the original. Whatever a page
 * prints in the feed's own words (title, text, venue, organiser, price, opening hours) carries the feed's language
 * when that is not the page's, so screen readers pronounce Swedish as Swedish (lang="sv", WCAG 3.1.2); what we word
 * ourselves ("from SEK 80", "Open today 10:00–17:00") is in the page's language and needs no mark. The Swedish site
 * always shows the original.
 *
 * A feed's short "In English:" note inside a Swedish text ("The guide can answer questions in English.") is no
 * translation: the indexer keeps it in `englishText` (src/domain/english-note.ts), and the English site shows it
 * beside the Swedish text (shownEnglishNote), never instead of it.
 */

/** A text as a page shows it, with its language when that is not the page's (for a lang attribute), else null. */
export interface ShownText {
  text: string;
  lang: string | null;
  /** True when the text is the feed's English version, not the original. */
  translated: boolean;
}

type Titled = Pick<EventDoc, 'title' | 'lang'> & { englishTitle?: string | null };
type Described = Pick<EventDoc, 'lang'> & { englishText?: string | null };

/** The original's language when it is not the page's ("sv" on the English site; "en-GB" is English). */
export function foreignLang(e: Pick<EventDoc, 'lang'>, lang: Lang): string | null {
  return e.lang && e.lang.split('-')[0]?.toLowerCase() !== lang ? e.lang : null;
}

/** The feed's own words as written (a price, a venue's name, an organiser, opening hours), with their language. */
export function feedWords(e: Pick<EventDoc, 'lang'>, text: string, lang: Lang): ShownText {
  return { text, lang: foreignLang(e, lang), translated: false };
}

/** The title a page in `lang` shows. */
export function shownTitle(e: Titled, lang: Lang): ShownText {
  if (lang === 'en' && e.englishTitle) return { text: e.englishTitle, lang: null, translated: true };
  return feedWords(e, e.title, lang);
}

/**
 * The feed's English text as plain text when a page in `lang` shows it first (a translation), else null: show the
 * original (with the note, if any, beside it).
 */
export function shownEnglishText(e: Described, lang: Lang): string | null {
  return lang === 'en' && e.englishText && !englishNoteOf(e.englishText) ? e.englishText : null;
}

/** The feed's short English note a page in `lang` shows beside the original text, else null. */
export function shownEnglishNote(e: Described, lang: Lang): string | null {
  return lang === 'en' ? englishNoteOf(e.englishText) : null;
}
