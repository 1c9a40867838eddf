import type { HelperOptions } from 'handlebars';
import { type Lang, t as translate } from '../i18n.js';

/** {{t "key" name=value}}: a UI string in the page's language (the root model's `lang`). */
export function t(key: string, options: HelperOptions): string {
  const lang = ((options.data?.root as { lang?: Lang } | undefined)?.lang ?? 'sv') as Lang;
  return translate(lang, key, (options.hash ?? {}) as Record<string, string | number>);
}
