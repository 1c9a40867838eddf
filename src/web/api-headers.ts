import type { NextFunction, Request, Response } from 'express';

/**
 * The API is open data: any site may read it from a browser. GET (and HEAD) from any origin, without credentials;
 * preflights answered for the conditional headers a client may send; the resource policy relaxed from helmet's
 * same-origin, here only. Caching is per route (Cache-Control) with Express's ETag and 304 answers.
 */
export function openApiHeaders(req: Request, res: Response, next: NextFunction): void {
  res.set({
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'ETag, X-Ignored-Parameters, Content-Disposition',
    'Cross-Origin-Resource-Policy': 'cross-origin',
  });
  if (req.method !== 'OPTIONS') {
    next();
    return;
  }
  res
    .set({
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since, Accept, Accept-Language',
      'Access-Control-Max-Age': '86400',
    })
    .status(204)
    .end();
}
