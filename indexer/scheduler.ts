import cron from 'node-cron';
import { isAppError } from '../src/errors.js';
import type { Logger } from '../src/logger.js';
import { type IndexerDeps, runOnce } from './run-once.js';

export interface Schedule {
  stop(): Promise<void>;
}

/** Runs the indexer on the configured cron schedule; a run never overlaps the previous one. */
export function scheduleIndexer(deps: IndexerDeps, logger: Logger): Schedule {
  const { schedule } = deps.config.app.indexer;
  const { timeZone } = deps.config.app.site;
  const log = logger.child({ module: 'scheduler' });
  let running: Promise<unknown> | null = null;
  const task = cron.schedule(
    schedule,
    async () => {
      running = runOnce(deps).catch((err) => {
        if (isAppError(err) && err.code === 'INDEXER_BUSY') log.info({ reason: err.message }, 'scheduled indexer run skipped: another run is in progress');
        // The engine being down is a condition the search side already reports; a stack would add nothing.
        else if (isAppError(err) && err.code === 'SEARCH_UNAVAILABLE') log.warn({ code: err.code, reason: err.message }, 'scheduled indexer run failed');
        else log.error({ err }, 'scheduled indexer run failed');
      });
      await running;
      running = null;
    },
    { timezone: timeZone, name: 'indexer', noOverlap: true },
  );
  log.info({ schedule, timeZone }, 'indexer scheduled');
  return {
    async stop() {
      await task.stop();
      await task.destroy();
      if (running) await running;
    },
  };
}
