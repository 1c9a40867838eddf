import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, loadSources } from '../src/config/load-config.js';
import { isAppError } from '../src/errors.js';
import { confirmDrop } from '../src/health/confirmations.js';
import { readState } from '../src/health/state-store.js';
import { createLogger } from '../src/logger.js';
import { connectSearch } from '../src/search/connect.js';
import { openDatabaseIfFree } from '../src/store/open-database.js';
import { formatStatus } from './status.js';
import { runOnce } from './run-once.js';

const USAGE = 'usage: npm run indexer [-- --rebuild | --status | --confirm <source>]';
const now = () => Math.floor(Date.now() / 1000);

class UsageError extends Error {}

/** `--confirm <source>`: accept the drop the guard holds for that source; the run that follows applies it. */
async function confirm(dataDir: string, id: string, known: string[]): Promise<void> {
  if (!known.includes(id)) throw new UsageError(`No source "${id}" in the sources file (sources: ${known.join(', ')}).`);
  const held = (await readState(dataDir)).sources[id]?.held;
  if (!held) throw new UsageError(`Source "${id}" is not waiting for confirmation (see npm run indexer -- --status).`);
  await confirmDrop(dataDir, id, now());
  process.stdout.write(`Confirmed: ${id} goes from ${held.indexed} to what it has now (${held.found} at the last read).\n`);
}

/** `npm run indexer [-- --rebuild | --status | --confirm <source>]`: one run, then exit (non-zero when a source failed). */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { rebuild: { type: 'boolean' }, status: { type: 'boolean' }, confirm: { type: 'string' } } });
  const config = loadConfig();
  if (values.status) {
    process.stdout.write(formatStatus(await readState(config.app.dataDir), now()));
    return 0;
  }
  if (values.confirm !== undefined) {
    const known = loadSources(config.app, config.rootDir).sources.map((s) => s.id);
    await confirm(config.app.dataDir, values.confirm, known);
  }
  const logger = createLogger(config.app.logLevel);
  const engine = await connectSearch(config.app, config, logger);
  const wantsDatabase = config.sources.some((s) => s.type === 'submissions' && s.enabled);
  const database = wantsDatabase ? await openDatabaseIfFree(config.app, logger) : null;
  // PGlite held by the running server, whose own indexer publishes submissions (at each approval and on its schedule):
  // this run leaves that source, its documents and its health as they are, rather than reporting it failed. A server
  // with INDEXER_IN_PROCESS=false publishes nothing, so then the source fails here as it should: nobody reads it.
  const leaveToServer = wantsDatabase && database === null && config.app.indexer.runInProcess;
  if (leaveToServer) process.stdout.write('Submissions are left to the running server: it holds their database (PGlite) and publishes them itself.\n');
  else if (wantsDatabase && database === null) {
    process.stdout.write('Submissions cannot be read: another process holds their database (PGlite), and with INDEXER_IN_PROCESS=false the server does not publish them. Set DATABASE_URL to share a PostgreSQL server.\n');
  }
  try {
    const only = leaveToServer ? (s: { type: string }) => s.type !== 'submissions' : undefined;
    const summary = await runOnce({ config, writer: engine.writer, logger, now, database }, { rebuild: values.rebuild ?? false, only });
    return summary.sources.every((s) => s.ok) ? 0 : 2;
  } finally {
    await database?.close();
    await engine.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    if (err instanceof UsageError || (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
      process.exit(1);
    }
    const known = err instanceof ConfigError || isAppError(err);
    process.stderr.write(`${known ? `${(err as Error).message}` : ((err as Error).stack ?? String(err))}\n`);
    process.exit(isAppError(err) && err.code === 'INDEXER_BUSY' ? 3 : 1);
  },
);
