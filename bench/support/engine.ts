import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Config, loadConfig } from '../../src/config/load-config.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { connectSearch, type SearchEngine } from '../../src/search/connect.js';

export interface BenchEngine {
  config: Config;
  engine: SearchEngine;
  dataDir: string;
  masterKey: string;
  logger: Logger;
  close(): Promise<void>;
}

/**
 * A throwaway Meilisearch (the bundled binary, random loopback port, temp data folder), as the tests start it.
 * `env` adds config keys (e.g. SOURCES_FILE); `dataDir` reuses a folder the caller made.
 */
export async function startBenchEngine(env: Record<string, string> = {}, dataDir?: string): Promise<BenchEngine> {
  const dir = dataDir ?? mkdtempSync(path.join(tmpdir(), 'upptack-bench-'));
  const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'error', INDEXER_IN_PROCESS: 'false', ...env });
  const logger = createLogger('error');
  const engine = await connectSearch(config.app, config, logger);
  const masterKey = readFileSync(path.join(dir, 'meili-master-key'), 'utf8').trim();
  return {
    config,
    engine,
    dataDir: dir,
    masterKey,
    logger,
    async close() {
      await engine.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
