import { createRequire } from 'node:module';
import path from 'node:path';
import express, { Router } from 'express';

/** htmx, Leaflet and our own CSS/JS, served by the app itself (no CDN). htmx is pinned to 2.x in package.json. */
export function assetRoutes(rootDir: string): Router {
  const router = Router();
  const require = createRequire(import.meta.url);
  const htmx = require.resolve('htmx.org/dist/htmx.min.js');
  const cache = { maxAge: '1d', immutable: false };
  router.get('/assets/htmx.min.js', (_req, res) => res.sendFile(htmx, cache));
  router.use('/assets', express.static(path.join(rootDir, 'src/web/public'), cache));
  // The map's libraries, from node_modules like htmx (pinned in package.json): no CDN.
  const leaflet = path.dirname(require.resolve('leaflet/dist/leaflet.js'));
  const cluster = path.dirname(require.resolve('leaflet.markercluster/dist/leaflet.markercluster.js'));
  router.use('/assets/vendor/leaflet', express.static(leaflet, { ...cache, index: false }));
  router.use('/assets/vendor/markercluster', express.static(cluster, { ...cache, index: false }));
  return router;
}
