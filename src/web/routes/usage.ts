import type { Request, Response } from 'express';
import type { Lang } from '../i18n.js';
import type { RouteDeps } from '../route-deps.js';
import { usagePageModel } from '../view-models/usage-page.js';

/** Where the usage page lives in each language (behind the admin token, mounted by routes/admin.ts). */
export const USAGE_PATHS: Record<Lang, string> = { sv: '/admin/usage', en: '/en/admin/usage' };

export function usagePage(deps: RouteDeps, lang: Lang) {
  return async (req: Request, res: Response) => {
    const data = await deps.usage.read();
    res.set('Cache-Control', 'no-store');
    if (req.accepts(['html', 'json']) === 'json') return void res.json(data);
    res.render('pages/admin-usage', usagePageModel(data, lang));
  };
}
