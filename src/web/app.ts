import { randomUUID } from 'node:crypto';
import path from 'node:path';
import zlib from 'node:zlib';
import compression from 'compression';
import express, { type Express } from 'express';
import { engine } from 'express-handlebars';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { AppError } from '../errors.js';
import { logSummary } from '../log-summary.js';
import { errorHandler, LOGGED_HERE } from './error-handler.js';
import { helpers } from './helpers/index.js';
import { adminRoutes } from './routes/admin.js';
import { apiRoutes } from './routes/api.js';
import { apiEventRoutes } from './routes/api-event.js';
import { subscribeRoutes } from './routes/subscribe.js';
import { embedRoutes } from './routes/embed.js';
import { openApiRoutes } from './routes/openapi.js';
import { posterRoutes } from './routes/poster.js';
import { sitemapRoutes } from './routes/sitemap.js';
import { usageCounter } from './usage-counter.js';
import { createUsage } from '../usage/usage.js';
import { openApiHeaders } from './api-headers.js';
import { assetRoutes } from './routes/assets.js';
import { pictureRoutes } from './routes/pictures.js';
import { eventRoutes } from './routes/event.js';
import { feedApiRoutes } from './routes/feed-api.js';
import { healthRoutes } from './routes/health.js';
import { homeRoutes } from './routes/home.js';
import { infoPageRoutes } from './routes/info-pages.js';
import { kioskRoutes } from './routes/kiosk.js';
import { searchRoutes } from './routes/search.js';
import { moderationRoutes } from './routes/moderation.js';
import { moderationAuthRoutes } from './routes/moderation-auth.js';
import { submitRoutes } from './routes/submit.js';
import { submitAssetRoutes } from './routes/submit-assets.js';
import { submitMineRoutes } from './routes/submit-mine.js';
import { createFeedService } from '../feed/feed-service.js';
import { NO_WEATHER } from '../weather/weather-service.js';
import { placeChoices } from './feed-input.js';
import type { AppDeps, RouteDeps } from './route-deps.js';
import { vocabularyOf } from './search-input.js';

export type { AppDeps } from './route-deps.js';

/** What every route gets, derived once from the app's dependencies. */
function routeDeps(appDeps: AppDeps): RouteDeps {
  const { config } = appDeps;
  const weather = appDeps.weather ?? NO_WEATHER;
  const { site } = config.app;
  const hours = { tz: site.timeZone, country: site.country, centre: site.centre };
  const feed = createFeedService({ reader: appDeps.reader, weather, config: config.app.feed, tz: site.timeZone, hours, logger: appDeps.logger });
  const usage = appDeps.usage ?? createUsage({ dataDir: config.app.dataDir, tz: site.timeZone, now: appDeps.now });
  return { ...appDeps, site, vocab: vocabularyOf(config), weather, usage, feed, places: placeChoices(config) };
}

/** The origin of a `{z}/{x}/{y}` tile URL for the CSP (`{s}` subdomains become a wildcard). */
function tileOrigin(tileUrl: string): string {
  const url = new URL(tileUrl.replace(/\{s\}/g, 'tiles').replace(/\{[a-z]+\}/gi, '0'));
  return tileUrl.includes('{s}.') ? `${url.protocol}//*.${url.host.split('.').slice(1).join('.')}` : url.origin;
}

/** Builds the Express app without listening (tests call this with real dependencies). */
export function createApp(appDeps: AppDeps): Express {
  const deps = routeDeps(appDeps);
  const app = express();
  const views = path.join(deps.config.rootDir, 'views');
  app.engine('hbs', engine({ extname: '.hbs', layoutsDir: path.join(views, 'layouts'), partialsDir: path.join(views, 'partials'), defaultLayout: 'main', helpers }));
  app.set('view engine', 'hbs');
  // Templates are read and compiled once (Express only caches under NODE_ENV=production): ~10 ms per request.
  app.enable('view cache');
  app.set('views', views);
  app.set('query parser', 'extended');
  app.disable('x-powered-by');
  // Behind a reverse proxy the client is who the proxy says (admin lockout, submission limit, links' protocol).
  app.set('trust proxy', deps.config.app.trustProxy);
  // Every page's footer: who publishes the site and how to reach them.
  const { contact, municipality } = deps.site;
  app.locals.footer = { publisher: municipality, email: contact.email, phone: contact.phone, tel: contact.phone?.replace(/[^\d+]/g, '') ?? null };
  // Every page's header links to the submission form while it is on.
  app.locals.submitLink = Boolean(deps.submissions && deps.config.app.submissions.enabled);
  const httpLog = deps.logger.child({ module: 'http' });
  app.use(
    pinoHttp({
      logger: httpLog,
      genReqId: (req) => (typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'].slice(0, 64) : randomUUID()),
      // The path only: query strings carry what visitors typed and where they are.
      serializers: { req: (req) => ({ id: req.id, method: req.method, path: String(req.url).split('?')[0] }), res: (res) => ({ statusCode: res.statusCode }) },
      autoLogging: { ignore: (req) => req.url === '/healthz' },
      // A failure the error handler logged (or counted, while it repeats) needs no second line with a stack.
      customLogLevel: (_req, res, err) => (res.locals?.[LOGGED_HERE] ? 'silent' : err || res.statusCode >= 500 ? 'error' : 'info'),
    }),
  );
  app.use(
    helmet({
      // Images come from the site itself (feed pictures are fetched by the indexer, never hot-linked) and from the
      // map's tile server.
      contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:', tileOrigin(deps.config.app.map.tileUrl)] } },
      // The site tells itself where a visitor came from ("back to your search"), and no other site anything.
      referrerPolicy: { policy: 'same-origin' },
    }),
  );
  // Brotli's default quality (11) costs milliseconds per page; level 4 is about as small as gzip 6 and far faster.
  app.use(compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } } }));
  app.use(assetRoutes(deps.config.rootDir));
  app.use(pictureRoutes(deps.config.app.dataDir));
  app.use(healthRoutes(deps.reader, deps.engineAlive ?? (() => true)));
  app.use(usageCounter(deps.usage));
  app.use('/api', openApiHeaders);
  app.use(openApiRoutes(deps));
  app.use(posterRoutes(deps));
  app.use(embedRoutes(deps));
  app.use(sitemapRoutes(deps));
  app.use(apiRoutes(deps));
  app.use(apiEventRoutes(deps));
  app.use(subscribeRoutes(deps));
  app.use(feedApiRoutes(deps));
  app.use(homeRoutes(deps));
  app.use(searchRoutes(deps));
  app.use(eventRoutes(deps));
  app.use(infoPageRoutes(deps));
  app.use(submitAssetRoutes());
  app.use(submitRoutes(deps));
  app.use(submitMineRoutes(deps));
  // Sign-in pages first: the moderation router reads any other path below /admin/moderering as a submission id.
  app.use(moderationAuthRoutes(deps));
  app.use(moderationRoutes(deps));
  app.use(adminRoutes(deps));
  app.use(kioskRoutes(deps));
  app.use((_req, _res, next) => next(new AppError('NOT_FOUND', 'no such page', { status: 404 })));
  app.use(errorHandler(httpLog, deps.site, logSummary(httpLog, deps.config.app.logSummaryIntervalMs)));
  return app;
}
