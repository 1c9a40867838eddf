import type { HelperOptions } from 'handlebars';
import { type Lang, pathsOf, type SitePaths } from '../i18n.js';

/** {{path "home"}}: a page's path in the page's language (the root model's `lang`). */
export function path(kind: keyof SitePaths, options: HelperOptions): string {
  const lang = ((options.data?.root as { lang?: Lang } | undefined)?.lang ?? 'sv') as Lang;
  return pathsOf(lang)[kind] ?? pathsOf(lang).home;
}
