import type { Config } from './config/load-config.js';
import { isAppError } from './errors.js';
import type { Logger } from './logger.js';
import type { EventReader } from './search/ports.js';
import type { EventWriter } from './search/event-writer.js';
import type { Database } from './store/database.js';
import { openDatabase } from './store/open-database.js';
import { createMailer } from './submissions/mailer.js';
import { openSubmissions, type Submissions } from './submissions/open.js';
import { purgeExpired } from './submissions/retention.js';
import { mailNotifier } from './web/submission-mail.js';
import { runOnce } from '../indexer/run-once.js';
import { createSubmissionPreview } from '../indexer/sources/submissions/preview.js';

/*
 * Wiring of organisers' submissions for the processes that serve them (`npm start`, tests): the database, mail,
 * the indexer's preview and, when this process runs the indexer, publishing at once. Like main.ts, this is where the
 * web and the indexer meet; neither imports the other.
 */

const RETRY_MS = 5000;
const MAX_RETRIES = 24;
const PURGE_EVERY_MS = 3600_000;

export interface SubmissionsSetup {
  submissions: Submissions;
  database: Database;
  stop(): Promise<void>;
}

/**
 * Runs the `submissions` source now, in the background; an approval during a scheduled run waits for it to end (and
 * is then read again), so nothing approved waits a whole schedule interval.
 */
function publisher(deps: { config: Config; writer: EventWriter; database: Database; logger: Logger; now: () => number }) {
  const log = deps.logger.child({ module: 'publish' });
  let running: Promise<void> | null = null;
  let again = false;
  const attempt = async (tries: number): Promise<void> => {
    try {
      await runOnce({ ...deps }, { only: (s) => s.type === 'submissions' });
    } catch (err) {
      if (isAppError(err) && err.code === 'INDEXER_BUSY' && tries < MAX_RETRIES) {
        await new Promise((r) => setTimeout(r, RETRY_MS));
        return attempt(tries + 1);
      }
      log.warn({ code: isAppError(err) ? err.code : undefined, reason: (err as Error).message }, 'publishing submissions now failed; the next scheduled run publishes them');
    }
  };
  const publish = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = attempt(0).finally(() => {
      running = null;
      if (again) {
        again = false;
        publish();
      }
    });
  };
  return { publish, idle: () => running ?? Promise.resolve() };
}

export async function startSubmissions(deps: {
  config: Config;
  logger: Logger;
  now: () => number;
  reader: EventReader;
  /** The index writer, when this process runs the indexer: approvals are then published at once. */
  writer: EventWriter | null;
  /** An open database (tests); else opened from config. */
  database?: Database;
}): Promise<SubmissionsSetup> {
  const { config, logger, now } = deps;
  const database = deps.database ?? (await openDatabase(config.app, logger));
  const mailer = createMailer(config.app.smtp, logger);
  const pub = deps.writer ? publisher({ config, writer: deps.writer, database, logger, now }) : null;
  const submissions = await openSubmissions({
    database,
    app: config.app,
    now,
    logger,
    preview: createSubmissionPreview(config, deps.reader),
    notifier: mailer ? mailNotifier(mailer, config.app) : null,
    publishNow: pub?.publish ?? null,
  });
  const purge = () => purgeExpired(database, config.app.submissions, now(), logger).catch((err) => logger.warn({ reason: (err as Error).message }, 'retention purge failed'));
  await purge();
  const timer = setInterval(purge, PURGE_EVERY_MS);
  timer.unref();
  return {
    submissions,
    database,
    async stop() {
      clearInterval(timer);
      await pub?.idle();
      mailer?.close();
      if (!deps.database) await database.close();
    },
  };
}
