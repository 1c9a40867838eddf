import { runOnce } from '../../indexer/run-once.js';
import type { Logger } from '../../src/logger.js';
import type { WeatherSource } from '../../src/weather/forecast.js';
import { createApp } from '../../src/web/app.js';
import { createUsage, type Usage } from '../../src/usage/usage.js';
import { quietLogger, startTestEngine, type TestEngine } from './engine.js';
import { ANCHOR_NOW, listen } from './http.js';

export interface SampleSite {
  engine: TestEngine;
  /** Base URL of the app on loopback. */
  base: string;
  /** The app's usage figures (flush to see them in DATA_DIR). */
  usage: Usage;
  close(): Promise<void>;
}

/**
 * The sample site as `npm start` serves it, at the sample feeds' anchor week: a real Meilisearch, one indexer run,
 * the app on a random loopback port.
 */
export interface SampleSiteOptions {
  /** Live weather for the feed (a weather service on a fake Open-Meteo); none by default. */
  weather?: WeatherSource;
  /** The app's logger (tests that read log lines pass their own). */
  logger?: Logger;
}

export async function startSampleSite(env: Record<string, string> = {}, options: SampleSiteOptions = {}): Promise<SampleSite> {
  const engine = await startTestEngine(env);
  const now = () => ANCHOR_NOW;
  try {
    await runOnce({ config: engine.config, writer: engine.engine.writer, logger: quietLogger, now });
    const logger = options.logger ?? quietLogger;
    const usage = createUsage({ dataDir: engine.config.app.dataDir, tz: engine.config.app.site.timeZone, now });
    const server = await listen(createApp({ config: engine.config, reader: engine.engine.reader, logger, now, weather: options.weather, usage }));
    return {
      engine,
      base: server.url,
      usage,
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
