import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config/load-config.js';
import { isAppError } from '../src/errors.js';
import { readState } from '../src/health/state-store.js';
import { createLogger } from '../src/logger.js';
import { connectSearch } from '../src/search/connect.js';
import { formatStatus } from './status.js';
import { runOnce } from './run-once.js';

/** `npm run indexer [-- --rebuild | --status]`: one run, then exit (non-zero when a source failed). */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { rebuild: { type: 'boolean' }, status: { type: 'boolean' } } });
  const config = loadConfig();
  if (values.status) {
    process.stdout.write(formatStatus(await readState(config.app.dataDir), Math.floor(Date.now() / 1000)));
    return 0;
  }
  const logger = createLogger(config.app.logLevel);
  const engine = await connectSearch(config.app, config.taxonomy, logger);
  try {
    const summary = await runOnce(
      { config, writer: engine.writer, logger, now: () => Math.floor(Date.now() / 1000) },
      { rebuild: values.rebuild ?? false },
    );
    return summary.sources.every((s) => s.ok) ? 0 : 2;
  } finally {
    await engine.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    const known = err instanceof ConfigError || isAppError(err);
    process.stderr.write(`${known ? `${(err as Error).message}` : ((err as Error).stack ?? String(err))}\n`);
    process.exit(isAppError(err) && err.code === 'INDEXER_BUSY' ? 3 : 1);
  },
);
