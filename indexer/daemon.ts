import { ConfigError, loadConfig } from '../src/config/load-config.js';
import { onShutdownSignal } from '../src/lifecycle.js';
import { createLogger } from '../src/logger.js';
import { connectSearch } from '../src/search/connect.js';
import { openDatabaseIfFree } from '../src/store/open-database.js';
import { runOnce } from './run-once.js';
import { type Schedule, scheduleIndexer } from './scheduler.js';

const now = () => Math.floor(Date.now() / 1000);

/**
 * The indexer as a long-running process of its own (the `indexer` service of docker-compose.yml): one run at start
 * (unless INDEXER_RUN_AT_START=false), then the cron schedule, until SIGTERM or SIGINT. A run in progress is allowed
 * to finish before the process exits, so the index and indexer-state.json are never left half-written.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.app.logLevel);
  const engine = await connectSearch(config.app, config, logger);
  const database = config.sources.some((s) => s.type === 'submissions' && s.enabled) ? await openDatabaseIfFree(config.app, logger) : null;
  const deps = { config, writer: engine.writer, logger, now, database };
  let schedule: Schedule | null = null;
  let firstRun: Promise<unknown> = Promise.resolve();
  let stopping = false;
  onShutdownSignal(logger, 'indexer daemon (waiting for a run in progress)', async () => {
    stopping = true;
    await firstRun;
    await schedule?.stop();
    await database?.close();
    await engine.stop();
  });
  if (config.app.indexer.runAtStart) {
    // A failed run is logged, not fatal: feeds come back, and the schedule tries again.
    firstRun = runOnce(deps).catch((err) => logger.error({ err }, 'indexer run at start failed'));
    await firstRun;
  }
  if (!stopping) schedule = scheduleIndexer(deps, logger);
}


main().catch((err) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : `Upptäck indexer could not start: ${(err as Error).message}`}\n`);
  process.exit(1);
});
