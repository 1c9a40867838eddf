import { createRequire } from 'node:module';
import path from 'node:path';
import express, { Router } from 'express';
import { KIOSK_ASSETS, SERVICE_WORKER_PATH } from '../kiosk/paths.js';

/**
 * The kiosk's own script and styles, its service worker, and the on-screen keyboard (simple-keyboard with its
 * Swedish layout) from node_modules: served by the app, no CDN, so a screen never depends on another host.
 */
export function kioskAssetRoutes(rootDir: string): Router {
  const router = Router();
  const dir = path.join(rootDir, 'src/web/public/kiosk');
  const resolve = createRequire(import.meta.url).resolve;
  // Revalidated on every load (an ETag makes that a 304): a screen loads its page a few times a day, and the modules
  // kiosk.js imports carry no version, so a day in the HTTP cache could pair a deployment's page with yesterday's code.
  const cache = { maxAge: 0 };
  const vendor: Record<string, string> = {
    'simple-keyboard.js': resolve('simple-keyboard/build/index.modern.esm.js'),
    'simple-keyboard.css': resolve('simple-keyboard/build/css/index.css'),
    'keyboard-swedish.js': resolve('simple-keyboard-layouts/build/layouts/swedish.js'),
  };
  // The worker's path is its scope: at /kiosk/sw.js it controls every /kiosk/<id>. Browsers check it for updates
  // on every navigation; no-cache makes that check reach the server.
  router.get(SERVICE_WORKER_PATH, (_req, res) =>
    res.sendFile(path.join(dir, 'sw.js'), { headers: { 'Cache-Control': 'no-cache', 'Content-Type': 'text/javascript; charset=utf-8' } }),
  );
  for (const [name, file] of Object.entries(vendor)) router.get(`${KIOSK_ASSETS}/vendor/${name}`, (_req, res) => res.sendFile(file, cache));
  router.use(KIOSK_ASSETS, express.static(dir, { ...cache, index: false }));
  return router;
}
