import { Router } from 'express';
import type { EventReader } from '../../search/ports.js';

/**
 * /healthz (liveness): the process answers and its search engine is not lost for good; failing it asks the
 * supervisor for a restart, so it fails only when waiting cannot help. /readyz (readiness): Meilisearch answers and
 * the index exists; it fails during an outage the app heals from by itself.
 */
export function healthRoutes(reader: EventReader, engineAlive: () => boolean): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    const alive = engineAlive();
    res.set('Cache-Control', 'no-store').status(alive ? 200 : 503).json({ status: alive ? 'ok' : 'search engine lost' });
  });
  router.get('/readyz', async (_req, res) => {
    const ready = await reader.ready();
    res.set('Cache-Control', 'no-store').status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable' });
  });
  return router;
}
