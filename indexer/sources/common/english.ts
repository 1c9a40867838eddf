import type { EnglishVersion } from '../../../src/domain/source-event.js';
import { cleanDescription, cleanText, stripTags } from './text.js';

/** Texts compared for sameness: no markup, case or spacing differences. */
function comparable(text: string): string {
  return stripTags(text).replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The English version a feed carries beside its main text, keeping only what is a real translation: empty parts and
 * parts identical to the main text are dropped (null when nothing is left).
 * CASE: Linked Events copies untranslated Finnish into "en" ("name": {"fi": "Kesäillan vesijumppa", "en": the same}).
 */
export function englishVersion(
  main: { title: string; description: string },
  en: { title?: unknown; description?: unknown },
): EnglishVersion | null {
  const title = cleanText(en.title);
  const description = cleanDescription(en.description);
  const newTitle = title !== null && comparable(title) !== comparable(main.title) ? title : null;
  const newText = description !== '' && comparable(description) !== comparable(main.description) ? description : null;
  return newTitle === null && newText === null ? null : { title: newTitle, description: newText };
}

/** True for a language tag or code meaning English ("en", "en-GB", "EN"). */
export function isEnglish(lang: string | null | undefined): boolean {
  return typeof lang === 'string' && /^en(?:[-_]|$)/i.test(lang.trim());
}
