import type { Server } from 'node:http';
import { ConfigError, loadConfig } from './config/load-config.js';
import { onShutdownSignal } from './lifecycle.js';
import { createLogger, type Logger } from './logger.js';
import { connectSearch, type SearchEngine } from './search/connect.js';
import { createApp } from './web/app.js';
import { weatherFromConfig } from './weather/weather-service.js';
import { type SubmissionsSetup, startSubmissions } from './submissions-setup.js';
import { runOnce } from '../indexer/run-once.js';
import { type Schedule, scheduleIndexer } from '../indexer/scheduler.js';

const now = () => Math.floor(Date.now() / 1000);

/** Wires config, logger, Meilisearch, the indexer schedule and the web server; stops them all on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.app.logLevel);
  const engine = await connectSearch(config.app, config, logger);
  let schedule: Schedule | null = null;
  let server: Server | null = null;
  let submissions: SubmissionsSetup | null = null;
  const weather = weatherFromConfig(config.app, logger, now);
  onShutdownSignal(logger, 'Upptäck', async () => {
    weather?.stop();
    await schedule?.stop();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    await submissions?.stop();
    await engine.stop();
  });
  // Before the first indexer run: it reads approved submissions from the database.
  if (config.app.submissions.enabled) {
    const writer = config.app.indexer.runInProcess ? engine.writer : null;
    submissions = await startSubmissions({ config, logger, now, reader: engine.reader, writer });
  }
  const deps = { config, writer: engine.writer, logger, now, database: submissions?.database ?? null };
  await engine.writer.prepare();
  if (config.app.indexer.runAtStart && (await engine.writer.count()) === 0) {
    logger.info('index is empty: indexing the configured sources before serving');
    await runOnce(deps);
  }
  if (config.app.indexer.runInProcess) schedule = scheduleIndexer(deps, logger);
  // Forecasts refresh in the background from here on; no page waits for them.
  weather?.start();
  const app = createApp({ config, reader: engine.reader, logger, now, weather: weather ?? undefined, engineAlive: engine.alive, submissions: submissions?.submissions });
  server = app.listen(config.app.port, config.app.host, () => {
    const address = server?.address();
    const port = typeof address === 'object' && address ? address.port : config.app.port;
    logger.info({ port }, `Upptäck is listening on http://localhost:${port}`);
  });
  server.on('error', (err) => fatal(err, logger, engine));
}


function fatal(err: unknown, logger: Logger, engine: SearchEngine): void {
  logger.fatal({ err }, 'server failed');
  engine.stop().finally(() => process.exit(1));
}

main().catch((err) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : `Upptäck could not start: ${(err as Error).message}`}\n`);
  process.exit(1);
});
