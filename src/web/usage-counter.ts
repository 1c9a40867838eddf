import type { NextFunction, Request, Response } from 'express';
import { routeKind, type Usage } from '../usage/usage.js';

/** Counts answered requests by kind of route (src/usage): the path and status only, nothing about the visitor. */
export function usageCounter(usage: Usage) {
  return (req: Request, res: Response, next: NextFunction) => {
    const kind = routeKind(req.method, req.path);
    if (kind) res.on('finish', () => res.statusCode < 400 && usage.count(kind));
    next();
  };
}
