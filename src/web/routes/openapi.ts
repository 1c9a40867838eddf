import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { getHtmlDocument } from '@scalar/core/libs/html-rendering';
import { Router } from 'express';
import { openApiDocument } from '../formats/openapi.js';
import { publicBase } from '../public-url.js';
import type { RouteDeps } from '../route-deps.js';
import { type ApiDocsModel, apiDocsModel } from '../view-models/api-docs.js';

/** Scalar's browser bundle, when installed (`@scalar/api-reference`): served from here, never from a CDN. */
function scalarBundle(): string | null {
  try {
    return createRequire(import.meta.url).resolve('@scalar/api-reference/browser/standalone.js');
  } catch {
    return null;
  }
}

const SCALAR_JS = '/api/docs/scalar.js';

/**
 * Scalar's page: our own document and bundle, no fonts or telemetry from elsewhere; its one inline script allowed by
 * hash. Its AI chat ("Ask AI") and developer toolbar (Configure, Share, Deploy) need scalar.com, which the CSP
 * (rightly) blocks: they are turned off rather than shown broken.
 */
function scalarPage(): { html: string; csp: string } {
  const html = getHtmlDocument({
    url: '/api/openapi.json',
    cdn: SCALAR_JS,
    pageTitle: 'Upptäck API',
    withDefaultFonts: false,
    telemetry: false,
    agent: { disabled: true },
    showDeveloperTools: 'never',
  } as never);
  const inline = /<script type="text\/javascript">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const hash = createHash('sha256').update(inline).digest('base64');
  const csp = `default-src 'self'; script-src 'self' 'sha256-${hash}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'self'`;
  return { html, csp };
}

/**
 * GET /api/openapi.json (generated from the zod schemas) and /api/docs: Scalar's interactive reference when its
 * bundle is installed, else a reference page of our own rendered from the same document.
 */
export function openApiRoutes(deps: RouteDeps): Router {
  const router = Router();
  const bundle = scalarBundle();
  const scalar = bundle ? scalarPage() : null;
  // The document differs only by the server URL: built once per base (~40 ms), not per request.
  const documents = new Map<string, ReturnType<typeof openApiDocument>>();
  const documentFor = (base: string) => {
    const known = documents.get(base);
    if (known) return known;
    if (documents.size > 10) documents.clear();
    const doc = openApiDocument(deps.vocab, base);
    documents.set(base, doc);
    return doc;
  };
  router.get('/api/openapi.json', (req, res) => {
    res.set('Cache-Control', 'public, max-age=3600').json(documentFor(publicBase(deps.site, req)));
  });
  router.get('/api/docs', (req, res) => {
    if (scalar) return void res.set('Content-Security-Policy', scalar.csp).type('html').send(scalar.html);
    const model: ApiDocsModel = apiDocsModel(documentFor(publicBase(deps.site, req)), deps.site.defaultLanguage);
    res.render('pages/api-docs', model);
  });
  if (bundle) router.get(SCALAR_JS, (_req, res) => res.set('Cache-Control', 'public, max-age=86400').sendFile(bundle));
  return router;
}
