import { createRequire } from 'node:module';
import path from 'node:path';
import express, { Router } from 'express';

/** htmx and our own CSS/JS, served by the app itself (no CDN). htmx is pinned to 2.x in package.json. */
export function assetRoutes(rootDir: string): Router {
  const router = Router();
  const htmx = createRequire(import.meta.url).resolve('htmx.org/dist/htmx.min.js');
  const cache = { maxAge: '1d', immutable: false };
  router.get('/assets/htmx.min.js', (_req, res) => res.sendFile(htmx, cache));
  router.use('/assets', express.static(path.join(rootDir, 'src/web/public'), cache));
  return router;
}
