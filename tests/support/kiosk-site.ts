import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { runOnce } from '../../indexer/run-once.js';
import type { WeatherSource } from '../../src/weather/forecast.js';
import { createApp } from '../../src/web/app.js';
import { configFile } from './config-files.js';
import { quietLogger, startTestEngine, type TestEngine } from './engine.js';
import { ANCHOR_NOW } from './http.js';

/** Where the test kiosks' QR codes point: a public address, never the loopback test server. */
export const KIOSK_PUBLIC_URL = 'https://upptack.example.se';

const TOURIST_OFFICE = { lat: 56.879, lng: 14.8056, name: { sv: 'Turistbyrån', en: 'the tourist office' } };

/**
 * What the test screens share: the shipped sample's place, a short rotation and no nightly reload; the rest is the
 * config's defaults (portrait, Swedish then English, a refresh and a version check a minute).
 */
const SCREEN = { location: TOURIST_OFFICE, idle: { afterSeconds: 60, countdownSeconds: 10 }, rotateSeconds: 2, nightlyReload: null };

/** The screens of the test config, with timings short enough for a test. */
export const TEST_KIOSKS = [
  { id: 'turistbyran', name: 'Turistbyrån (test)', ...SCREEN, refreshSeconds: 2, versionCheckSeconds: 2 },
  { id: 'liggande', name: 'Liggande skärm (test)', ...SCREEN, orientation: 'landscape', languages: ['en', 'sv'] },
  { id: 'kort-paus', name: 'Kort paus (test of the idle reset)', ...SCREEN, idle: { afterSeconds: 3, countdownSeconds: 3 }, rotateSeconds: 8 },
];

export const PORTRAIT = { width: 1080, height: 1920 };
export const LANDSCAPE = { width: 1920, height: 1080 };

/**
 * The sample site with kiosk screens, whose server can be stopped and started again on the same port (a restart or a
 * deployment, as a screen sees it) while Chromium keeps its pages open.
 */
export interface KioskSite {
  base: string;
  engine: TestEngine;
  browser: Browser;
  /** A fresh browser context (service workers allowed) and page; closed by `close()`. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** Stops the web server and drops its open connections: the screen sees a dead server. */
  stopApp(): Promise<void>;
  /** Listens again on the same port; `shell` stands for a deployment (a new kiosk shell version). */
  startApp(options?: { shell?: string }): Promise<void>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function startKioskSite(options: { weather?: WeatherSource; env?: Record<string, string> } = {}): Promise<KioskSite> {
  const kiosksFile = configFile('kiosks.json', { kiosks: TEST_KIOSKS });
  const engine = await startTestEngine({ PUBLIC_URL: KIOSK_PUBLIC_URL, KIOSKS_FILE: kiosksFile, ...options.env });
  const now = () => ANCHOR_NOW;
  let server: Server | null = null;
  let port = 0;
  const contexts: BrowserContext[] = [];
  const startApp = async ({ shell = 'test-shell-1' } = {}) => {
    const app = createApp({ config: engine.config, reader: engine.engine.reader, logger: quietLogger, now, weather: options.weather, kioskShell: shell });
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(port, '127.0.0.1', () => resolve(s));
      s.once('error', reject);
    });
    port = (server.address() as AddressInfo).port;
  };
  const stopApp = async () => {
    const s = server;
    server = null;
    if (!s) return;
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  };
  let browser: Browser | null = null;
  try {
    await runOnce({ config: engine.config, writer: engine.engine.writer, logger: quietLogger, now });
    await startApp();
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  } catch (err) {
    await stopApp();
    await engine.close();
    throw err;
  }
  const launched = browser;
  return {
    base: `http://127.0.0.1:${port}`,
    engine,
    browser: launched,
    async newPage(contextOptions = {}) {
      const context = await launched.newContext({ locale: 'sv-SE', viewport: PORTRAIT, serviceWorkers: 'allow', ...contextOptions });
      contexts.push(context);
      return context.newPage();
    },
    stopApp,
    startApp,
    async close() {
      await Promise.allSettled(contexts.map((c) => c.close()));
      await launched.close();
      await stopApp();
      await engine.close();
      rmSync(path.dirname(kiosksFile), { recursive: true, force: true });
    },
  };
}
