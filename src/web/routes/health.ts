import { Router } from 'express';
import type { EventReader } from '../../search/ports.js';

/** /healthz: the process answers. /readyz: Meilisearch answers and the index exists. */
export function healthRoutes(reader: EventReader): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const ready = await reader.ready();
    res.set('Cache-Control', 'no-store').status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable' });
  });
  return router;
}
