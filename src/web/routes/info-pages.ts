import { type Request, type Response, Router } from 'express';
import { alternateLang, type Lang, pathsOf, type SitePaths, t } from '../i18n.js';
import type { RouteDeps } from '../route-deps.js';

/*
 * The accessibility statement (the DOS law, lag 2018:1937, asks it of every public body's site) and the privacy
 * page: texts from the message files, with the site's contact filled in.
 */

/** Each page's sections: a heading key and its paragraph keys. */
const PAGES: Record<'accessibility' | 'privacy', { title: string; sections: [string, string[]][] }> = {
  accessibility: {
    title: 'a11y.title',
    sections: [
      ['', ['a11y.intro']],
      ['a11y.statusHeading', ['a11y.status']],
      ['a11y.knownHeading', ['a11y.known1', 'a11y.known2', 'a11y.known3']],
      ['a11y.contactHeading', ['a11y.contact']],
      ['a11y.enforcementHeading', ['a11y.enforcement']],
      ['a11y.testedHeading', ['a11y.tested']],
    ],
  },
  privacy: {
    title: 'privacy.title',
    sections: [
      ['', ['privacy.intro']],
      ['privacy.storedHeading', ['privacy.cookies', 'privacy.interests', 'privacy.logs', 'privacy.submissions']],
      ['privacy.othersHeading', ['privacy.tiles']],
      ['privacy.controllerHeading', ['privacy.controller']],
    ],
  },
};

export function infoPageRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { contact, municipality } = deps.site;
  const page = (lang: Lang, kind: keyof typeof PAGES & keyof SitePaths) => (_req: Request, res: Response) => {
    const vars = { publisher: municipality[lang], email: contact.email, phone: contact.phone ?? contact.email };
    const alternate = alternateLang(deps.site, lang);
    res.set('Cache-Control', 'public, max-age=3600').render('pages/info', {
      lang,
      pageTitle: t(lang, PAGES[kind].title),
      title: t(lang, PAGES[kind].title),
      sections: PAGES[kind].sections.map(([heading, paragraphs]) => ({
        heading: heading ? t(lang, heading) : null,
        paragraphs: paragraphs.map((key) => t(lang, key, vars)),
      })),
      alternateHref: alternate ? pathsOf(alternate)[kind] : null,
      alternateLang: alternate,
    });
  };
  for (const lang of deps.site.languages) {
    router.get(pathsOf(lang).accessibility, page(lang, 'accessibility'));
    router.get(pathsOf(lang).privacy, page(lang, 'privacy'));
  }
  return router;
}
