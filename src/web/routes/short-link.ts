import { type Request, type Response, Router } from 'express';
import { AppError } from '../../errors.js';
import type { Lang } from '../i18n.js';
import { SHORT_CODE, type ShortLinks, shortPath } from '../kiosk/short-links.js';
import { eventPath } from '../paths.js';
import type { RouteDeps } from '../route-deps.js';

const DAY = 86_400;
/** After a restart the codes are found again among upcoming events: month by month, each month's first thousand. */
const MONTH_DAYS = 31;
const LOOKUP_LIMIT = 1000;
/** Unknown codes (typos, guesses) look again at most this often: they must not each cost the index a scan. */
const LOOKUP_EVERY_S = 60;

/**
 * `/e/<code>` (and `/en/e/<code>`): the short address a kiosk prints beside its QR code, for visitors who type it.
 * Answers with a redirect to the event's page in the same language.
 */
export function shortLinkRoutes(deps: RouteDeps, links: ShortLinks): Router {
  const router = Router();
  let lookedAt = Number.NEGATIVE_INFINITY;
  const find = async (code: string, now: number): Promise<string | null> => {
    const known = links.resolve(code);
    if (known || now - lookedAt < LOOKUP_EVERY_S) return known;
    lookedAt = now;
    const months = Math.ceil(deps.config.app.indexer.horizonDays / MONTH_DAYS);
    const windows = Array.from({ length: months }, (_, i) => ({ from: now + i * MONTH_DAYS * DAY, to: now + (i + 1) * MONTH_DAYS * DAY }));
    const lists = await deps.reader.candidates(windows.map((window) => ({ window, limit: LOOKUP_LIMIT })), now);
    // Later months first, so the soonest (the likeliest on a screen) end up the most recently remembered.
    for (const list of lists.reverse()) links.remember(list.map((c) => c.eventId));
    return links.resolve(code);
  };
  const handle = (lang: Lang) => async (req: Request, res: Response) => {
    const code = String(req.params.code ?? '').toLowerCase();
    const now = deps.now();
    const eventId = SHORT_CODE.test(code) ? await find(code, now) : null;
    const [next] = eventId ? await deps.reader.occurrences(eventId, now, 1) : [];
    if (!next) throw new AppError('NOT_FOUND', 'no event for this short link', { status: 404 });
    res.set('Cache-Control', 'no-store').redirect(302, eventPath(lang, next));
  };
  for (const lang of deps.site.languages) router.get(shortPath(lang, ':code'), handle(lang));
  return router;
}
