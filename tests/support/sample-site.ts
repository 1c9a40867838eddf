import { runOnce } from '../../indexer/run-once.js';
import { createApp } from '../../src/web/app.js';
import { quietLogger, startTestEngine, type TestEngine } from './engine.js';
import { ANCHOR_NOW, listen } from './http.js';

export interface SampleSite {
  engine: TestEngine;
  /** Base URL of the app on loopback. */
  base: string;
  close(): Promise<void>;
}

/**
 * The sample site as `npm start` serves it, at the sample feeds' anchor week: a real Meilisearch, one indexer run,
 * the app on a random loopback port.
 */
export async function startSampleSite(env: Record<string, string> = {}): Promise<SampleSite> {
  const engine = await startTestEngine(env);
  const now = () => ANCHOR_NOW;
  try {
    await runOnce({ config: engine.config, writer: engine.engine.writer, logger: quietLogger, now });
    const server = await listen(createApp({ config: engine.config, reader: engine.engine.reader, logger: quietLogger, now }));
    return {
      engine,
      base: server.url,
      async close() {
        await server.close();
        await engine.close();
      },
    };
  } catch (err) {
    await engine.close();
    throw err;
  }
}
