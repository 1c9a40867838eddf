import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { type RunSummary, runOnce } from '../../indexer/run-once.js';
import type { AppConfig } from '../../src/config/app-schema.js';
import type { Config } from '../../src/config/load-config.js';
import type { Logger } from '../../src/logger.js';
import { type SubmissionsSetup, startSubmissions } from '../../src/submissions-setup.js';
import { createApp } from '../../src/web/app.js';
import { createUsage } from '../../src/usage/usage.js';
import { startTestDatabase, type TestDatabase } from './database.js';
import { quietLogger, startTestEngine, type TestEngine } from './engine.js';
import { ANCHOR_NOW, listen } from './http.js';

/** A clock tests move (the only thing mocked). */
export interface TestClock {
  now: () => number;
  set(epoch: number): void;
}

export function testClock(start = ANCHOR_NOW): TestClock {
  let at = start;
  return { now: () => at, set: (epoch) => { at = epoch; } };
}

export interface SubmissionSite {
  base: string;
  engine: TestEngine;
  db: TestDatabase;
  setup: SubmissionsSetup;
  config: Config;
  clock: TestClock;
  /** One indexer run (all sources, the database included) at the clock's time. */
  index(): Promise<RunSummary>;
  /** Another app on the same engine and database, with other submission settings (a low rate limit …). */
  another(change: (app: AppConfig) => AppConfig): Promise<{ base: string; close(): Promise<void> }>;
  close(): Promise<void>;
}

export interface SubmissionSiteOptions {
  env?: Record<string, string>;
  /** Settings over the defaults (the test's proof of work is cheap unless a test asks otherwise). */
  change?: (app: AppConfig) => AppConfig;
  logger?: Logger;
  /** Publish approvals at once, as `npm start` does; off: tests run the indexer themselves. */
  publishNow?: boolean;
}

/** Proof of work a test solves in milliseconds (the default costs a browser about a second). */
export const CHEAP_ALTCHA = { cost: 20, maxCounter: 40, expiresMinutes: 120 };

/**
 * The sample site with submissions on: a real Meilisearch with the sample feeds indexed, the database (PGlite, or the
 * PostgreSQL server of TEST_DATABASE_URL), the app on loopback, a clock at the sample anchor week.
 */
export async function startSubmissionSite(opts: SubmissionSiteOptions = {}): Promise<SubmissionSite> {
  const clock = testClock();
  const engine = await startTestEngine({ ADMIN_TOKEN: 'test-admin-token-0123456789', ...opts.env });
  const cleanups: (() => Promise<void>)[] = [() => engine.close()];
  try {
    const db = await startTestDatabase(engine.dataDir);
    cleanups.unshift(() => db.close());
    const app = (opts.change ?? ((a) => a))({ ...engine.config.app, submissions: { ...engine.config.app.submissions, altcha: CHEAP_ALTCHA } });
    const config: Config = { ...engine.config, app };
    const logger = opts.logger ?? quietLogger;
    const indexerDeps = { config, writer: engine.engine.writer, logger: quietLogger, now: clock.now, database: db.database };
    await runOnce(indexerDeps);
    const setup = await startSubmissions({ config, logger, now: clock.now, reader: engine.engine.reader, writer: opts.publishNow ? engine.engine.writer : null, database: db.database });
    cleanups.unshift(() => setup.stop());
    const serve = async (c: Config, s: SubmissionsSetup) => {
      const usage = createUsage({ dataDir: c.app.dataDir, tz: c.app.site.timeZone, now: clock.now });
      return listen(createApp({ config: c, reader: engine.engine.reader, logger, now: clock.now, usage, submissions: s.submissions }));
    };
    const server = await serve(config, setup);
    cleanups.unshift(() => server.close());
    return {
      base: server.url,
      engine,
      db,
      setup,
      config,
      clock,
      index: () => runOnce(indexerDeps),
      async another(change) {
        const other: Config = { ...config, app: change(config.app) };
        const s = await startSubmissions({ config: other, logger, now: clock.now, reader: engine.engine.reader, writer: null, database: db.database });
        const srv = await serve(other, s);
        return { base: srv.url, close: async () => { await srv.close(); await s.stop(); } };
      },
      async close() {
        for (const c of cleanups) await c();
      },
    };
  } catch (err) {
    for (const c of cleanups) await c().catch(() => undefined);
    throw err;
  }
}

/** A solved ALTCHA payload from the site's own challenge, as the widget would send it. */
export async function solvedAltcha(base: string): Promise<string> {
  const challenge = (await (await fetch(`${base}/tipsa/altcha-challenge`)).json()) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('ALTCHA challenge not solved');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}
