import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { type Config, loadConfig } from '../../src/config/load-config.js';
import { connectSearch, type SearchEngine } from '../../src/search/connect.js';

export const quietLogger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

export interface TestEngine {
  config: Config;
  engine: SearchEngine;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * A real Meilisearch (the bundled binary) on a random loopback port with a temp data folder, and a config whose
 * sources file and other settings come from `env`.
 */
export async function startTestEngine(env: Record<string, string> = {}): Promise<TestEngine> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'upptack-test-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', INDEXER_IN_PROCESS: 'false', ...env });
  const engine = await connectSearch(config.app, config, quietLogger);
  return {
    config,
    engine,
    dataDir,
    async close() {
      await engine.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
