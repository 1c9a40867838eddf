import type { ErrorRequestHandler } from 'express';
import type { AppConfig } from '../config/app-schema.js';
import { isAppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { wantsFragment } from './htmx.js';
import { langOfPath, t } from './i18n.js';
import { escapeHtml } from './view-models/event-card.js';

/**
 * The one error handler: JSON for the API, an inline error partial for htmx swaps, a full error page otherwise; an
 * escaped plain fallback if rendering itself fails. Visitors see a stable code, never a stack.
 */
export function errorHandler(logger: Logger, site: AppConfig['site']): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const status = isAppError(err) ? err.status : ((err as { status?: number }).status ?? 500);
    const code = isAppError(err) ? err.code : status === 404 ? 'NOT_FOUND' : 'INTERNAL';
    (status >= 500 ? logger.error.bind(logger) : logger.info.bind(logger))({ err, code, path: req.path }, 'request failed');
    const lang = langOfPath(req.path, site);
    const message = t(lang, code === 'SEARCH_UNAVAILABLE' ? 'error.searchUnavailable' : status === 404 ? 'error.notFound' : 'error.title');
    if (res.headersSent) return;
    res.status(status).set('Cache-Control', 'no-store');
    if (req.path.startsWith('/api/')) return res.json({ error: { code, message } });
    const model = { lang, code, message, title: t(lang, 'error.title'), retry: t(lang, 'error.retry') };
    const fragment = wantsFragment(req);
    res.render(fragment ? 'partials/layout/error' : 'pages/error', { ...model, layout: fragment ? false : undefined }, (renderErr, html) => {
      if (renderErr) {
        logger.error({ err: renderErr }, 'error page failed to render');
        return res.type('text/plain').send(`${escapeHtml(message)} (${code})`);
      }
      res.send(html);
    });
  };
}
