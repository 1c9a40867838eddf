import { createRequire } from 'node:module';
import path from 'node:path';
import { Router } from 'express';

/**
 * The form's third-party code, served by the site itself (no CDN, nothing loaded from elsewhere): the ALTCHA widget
 * in its CSP-friendly build (workers as separate files, styles as a stylesheet) with its Swedish and English texts.
 * Leaflet, for the map pin, is the site's own copy (/assets/vendor/leaflet, routes/assets.ts).
 */
export function submitAssetRoutes(): Router {
  const router = Router();
  const require = createRequire(import.meta.url);
  const altcha = path.dirname(path.dirname(require.resolve('altcha/external')));
  const cache = { maxAge: '1d' };
  const files: Record<string, string> = {
    '/assets/altcha/altcha.js': path.join(altcha, 'external/altcha.min.js'),
    '/assets/altcha/altcha.css': path.join(altcha, 'external/altcha.css'),
    '/assets/altcha/i18n/sv.js': path.join(altcha, 'i18n/sv.js'),
    '/assets/altcha/i18n/en.js': path.join(altcha, 'i18n/en.js'),
    '/assets/altcha/pbkdf2.js': path.join(altcha, 'workers/pbkdf2.js'),
  };
  for (const [url, file] of Object.entries(files)) router.get(url, (_req, res) => res.sendFile(file, cache));
  return router;
}
