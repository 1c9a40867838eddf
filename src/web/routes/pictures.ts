import express, { Router } from 'express';
import { PICTURE_FILE, PICTURE_PATH, picturesDir } from '../../domain/pictures.js';

/**
 * Feed pictures as the indexer stored them (DATA_DIR/images). Their names hash their content, so browsers may keep
 * them for a year without asking again.
 */
export function pictureRoutes(dataDir: string): Router {
  const router = Router();
  const files = express.static(picturesDir(dataDir), { immutable: true, maxAge: '365d', index: false, fallthrough: false, dotfiles: 'deny' });
  router.get(`${PICTURE_PATH}/:name`, (req, res, next) => {
    if (!PICTURE_FILE.test(String(req.params.name))) return next();
    req.url = `/${req.params.name}`;
    files(req, res, next);
  });
  return router;
}
