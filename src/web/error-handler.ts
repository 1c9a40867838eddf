import type { ErrorRequestHandler, Request, Response } from 'express';
import type { AppConfig } from '../config/app-schema.js';
import { isAppError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { LogSummary } from '../log-summary.js';
import { wantsFragment } from './htmx.js';
import { langOfPath, type Lang, pathsOf, t } from './i18n.js';
import { titleWordsOfPath } from './paths.js';
import { escapeHtml } from './view-models/event-card.js';

/** Set on responses whose failure the error handler has logged or counted: the access log skips them. */
export const LOGGED_HERE = 'errorLogged';

/** Codes of failures that are conditions (a dependency down), not bugs: no stack, counted while they repeat. */
const EXPECTED = new Set(['SEARCH_UNAVAILABLE']);

function logFailure(err: unknown, code: string, status: number, req: Request, res: Response, logger: Logger, summary: LogSummary): void {
  if (status < 500) {
    // The access log line already has the status; a stack for a 404 says nothing.
    logger.debug({ code, path: req.path }, 'request failed');
    return;
  }
  res.locals[LOGGED_HERE] = true;
  const message = err instanceof Error ? err.message : String(err);
  if (EXPECTED.has(code)) summary.note(code, 'warn', { code, status, reason: message }, 'request failed: dependency unavailable');
  else summary.note(`${code} ${message.slice(0, 120)}`, 'error', { err, code, status, path: req.path }, 'request failed');
}

const MESSAGE_KEYS: Record<string, string> = { SEARCH_UNAVAILABLE: 'error.searchUnavailable', TOO_MANY_REQUESTS: 'error.tooManyRequests' };

/** Used only when the error page itself cannot be rendered: still a whole, escaped HTML document. */
function plainPage(lang: Lang, title: string, message: string, code: string): string {
  return `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)} (${escapeHtml(code)})</p></body></html>\n`;
}

/**
 * The one error handler: JSON for the API, an inline error partial for htmx swaps, a full page in the site's layout
 * otherwise; a plain escaped page if rendering itself fails. Visitors see a stable code, never a stack.
 */
export function errorHandler(logger: Logger, site: AppConfig['site'], summary: LogSummary): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const status = isAppError(err) ? err.status : ((err as { status?: number }).status ?? 500);
    const code = isAppError(err) ? err.code : status === 404 ? 'NOT_FOUND' : 'INTERNAL';
    logFailure(err, code, status, req, res, logger, summary);
    const lang = langOfPath(req.path, site);
    // An ended event's address carries its title words: the page offers them to search for.
    const goneWords = status === 404 ? titleWordsOfPath(lang, req.path) : null;
    const message = t(lang, MESSAGE_KEYS[code] ?? (goneWords !== null ? 'error.eventGone' : status === 404 ? 'error.notFound' : 'error.title'));
    if (res.headersSent) return;
    res.status(status).set('Cache-Control', 'no-store');
    if (req.path.startsWith('/api/')) return res.json({ error: { code, message } });
    const title = t(lang, status === 404 ? 'error.notFoundTitle' : 'error.title');
    // A missing page is not an alarm: no code to quote, and a way on (a search, with an ended event's title words).
    const notFound = status === 404 ? { searchHref: pathsOf(lang).search, q: goneWords ?? '' } : null;
    const model = { lang, code: status >= 500 ? code : null, message, title, pageTitle: title, retry: t(lang, 'error.retry'), notFound };
    // The key must be absent, not undefined, for the default layout to apply (express-handlebars tests `'layout' in`).
    const options = wantsFragment(req) ? { ...model, layout: false } : model;
    res.render(wantsFragment(req) ? 'partials/layout/error' : 'pages/error', options, (renderErr, html) => {
      if (renderErr) {
        logger.error({ err: renderErr }, 'error page failed to render');
        return res.type('html').send(plainPage(lang, title, message, code));
      }
      res.send(html);
    });
  };
}
