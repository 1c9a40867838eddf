import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';

/*
 * One Meilisearch process of our own: spawned under a guard shell, healthy before it is handed out, stopped without
 * leaving anything behind. Supervision (restarts) is supervisor.ts; binary, key and port are embedded-meili.ts.
 */

const HINT =
  'Set MEILI_URL (and MEILI_MASTER_KEY) to use an external Meilisearch, or run `docker compose up meilisearch`' +
  ' and point MEILI_URL at it.';

/** Start-up cannot go on: the message says what to do instead. */
export function fail(message: string, cause?: unknown): never {
  throw new AppError('MEILI_START_FAILED', `${message}\n${HINT}`, { cause });
}

/**
 * The child runs under a tiny shell guard. It prints Meilisearch's pid, kills Meilisearch when our stdin pipe closes
 * (a clean stop, and also this process dying by SIGKILL: no Meilisearch is ever orphaned), and exits with
 * Meilisearch's status when Meilisearch ends by itself, so the supervisor sees the crash. The pipe is kept as fd 3
 * for the watcher: a background job's stdin is /dev/null in a non-interactive shell.
 */
const GUARD = [
  'exec 3<&0',
  '"$0" "$@" </dev/null >/dev/null 3<&- & c=$!',
  'echo "$c"',
  '{ /bin/cat <&3 >/dev/null; kill -TERM $c 2>/dev/null; } & w=$!',
  'exec 3<&-',
  'wait $c; s=$?',
  'kill $w 2>/dev/null',
  'exit $s',
].join('; ');

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
    if (await answers(url, 1000)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  fail(`Meilisearch did not answer /health within the start deadline.\n${stderr()}`);
}

/** True when Meilisearch answers /health within `timeoutMs`. */
export async function answers(url: string, timeoutMs: number): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(timeoutMs) })).ok;
  } catch {
    return false;
  }
}

/** One Meilisearch process under its guard. */
export interface MeiliProcess {
  /** The guard shell's pid (its process group holds Meilisearch too). */
  pid: number;
  /** Meilisearch's own pid: what `kill -9` or SIGSTOP of "the engine" means. */
  enginePid: number;
  /** Resolves when the guard ends: Meilisearch stopped, crashed or was killed. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Ends Meilisearch (SIGKILL after 10 s) and waits for it. */
  stop(): Promise<void>;
}

interface SpawnOptions {
  binary: string;
  dataDir: string;
  port: number;
  masterKey: string;
  startTimeoutMs: number;
  log: Logger;
}

/** The guard prints Meilisearch's pid as its first line. */
function firstLine(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(Number.parseInt(text, 10));
    });
    child.once('exit', () => resolve(-1));
  });
}

/** Starts Meilisearch on `port` with its data under `dataDir` and waits until it answers /health. */
export async function spawnMeili(opts: SpawnOptions): Promise<MeiliProcess> {
  const dbDir = path.join(opts.dataDir, 'meili');
  const url = `http://127.0.0.1:${opts.port}`;
  const args = [
    '--db-path', dbDir,
    '--http-addr', `127.0.0.1:${opts.port}`,
    '--env', 'production',
    '--no-analytics',
    '--dump-dir', path.join(opts.dataDir, 'dumps'),
    '--snapshot-dir', path.join(opts.dataDir, 'snapshots'),
    '--log-level', 'WARN',
  ];
  // The key goes through the environment, not argv, so `ps` does not show it.
  const child = spawn('/bin/sh', ['-c', GUARD, opts.binary, ...args], {
    env: { MEILI_MASTER_KEY: opts.masterKey },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let stderrTail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString()).slice(-4000);
  });
  child.on('error', (err) => opts.log.error({ err }, 'meilisearch process error'));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const enginePid = firstLine(child);
  const stop = makeStop(child, exited, opts.log);
  try {
    await waitHealthy(url, child, Date.now() + opts.startTimeoutMs, () => stderrTail.trim());
  } catch (err) {
    await stop();
    throw err;
  }
  // A crashed Meilisearch leaves the guard's `cat` on the old pipe: closing it lets that end too.
  exited.then(() => child.stdin?.destroy());
  return { pid: child.pid ?? -1, enginePid: await enginePid, exited, stop };
}

function makeStop(child: ChildProcess, exited: Promise<unknown>, log: Logger): () => Promise<void> {
  let stopping: Promise<void> | null = null;
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
    })();
    return stopping;
  };
}
