import type { Logger } from '../logger.js';
import { answers, type MeiliProcess } from './meili-process.js';

/** `up`: answering or about to; `restarting`: between a crash and the restart; `failed`: given up. */
export type EngineState = 'up' | 'restarting' | 'failed';

export interface Supervised {
  current(): MeiliProcess | null;
  state(): EngineState;
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  url: string;
  /** Restarts allowed without a stable minute between them; more means a crash loop: give up. */
  maxRestarts: number;
  /** An engine that has not answered /health for this long is killed (and so restarted). */
  hangKillMs: number;
  log: Logger;
}

/** Up this long, the engine counts as healthy again and the restart count starts over. */
const STABLE_MS = 60_000;
const PROBE_EVERY_MS = 2_000;

/** First restart at once (a crash is usually a one-off); then 0.25, 0.5, 1, 2 … up to 8 s apart. */
function backoffMs(restarts: number): number {
  return restarts === 0 ? 0 : Math.min(8_000, 250 * 2 ** (restarts - 1));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());

/**
 * Watches the embedded Meilisearch: when it exits (crash, OOM kill, `kill -9`) it is started again with backoff, on
 * the same port and data; when it stops answering (frozen) for `hangKillMs` it is killed, which leads to the same.
 * Logs one line when it goes, one when it is back, one if it cannot be brought back (then `state()` is `failed`).
 */
export function supervise(first: MeiliProcess, start: () => Promise<MeiliProcess>, opts: SuperviseOptions): Supervised {
  const { log } = opts;
  let proc: MeiliProcess | null = first;
  let state: EngineState = 'up';
  let stopping = false;
  let restarts = 0;
  let upSince = Date.now();

  const restart = async (exit: { code: number | null; signal: NodeJS.Signals | null }) => {
    const downAt = Date.now();
    state = 'restarting';
    proc = null;
    log.warn({ code: exit.code, signal: exit.signal }, 'embedded Meilisearch exited; restarting it');
    if (downAt - upSince >= STABLE_MS) restarts = 0;
    let lastError: string | null = null;
    while (!stopping) {
      if (restarts >= opts.maxRestarts) {
        state = 'failed';
        log.error({ restarts, reason: lastError }, 'embedded Meilisearch could not be kept running; /healthz fails so the service is restarted');
        return;
      }
      await sleep(backoffMs(restarts));
      restarts++;
      if (stopping) return;
      try {
        const next = await start();
        if (stopping) return void (await next.stop());
        proc = next;
      } catch (err) {
        lastError = (err as Error).message.split('\n')[0] ?? 'unknown';
        continue;
      }
      state = 'up';
      upSince = Date.now();
      log.info({ downMs: upSince - downAt, restarts, enginePid: proc.enginePid }, 'embedded Meilisearch is back');
      watch(proc);
      return;
    }
  };

  const watch = (p: MeiliProcess) => {
    p.exited.then((exit) => {
      if (!stopping && p === proc) void restart(exit);
    });
  };
  watch(first);

  // A frozen engine (SIGSTOP, a deadlock) keeps its process: only its silence shows.
  let silentSince: number | null = null;
  const probe = setInterval(async () => {
    const p = proc;
    if (stopping || state !== 'up' || !p) return;
    if (await answers(opts.url, PROBE_EVERY_MS / 2)) {
      silentSince = null;
      return;
    }
    silentSince ??= Date.now();
    if (Date.now() - silentSince < opts.hangKillMs || p !== proc) return;
    silentSince = null;
    log.warn({ silentMs: opts.hangKillMs, enginePid: p.enginePid }, 'embedded Meilisearch stopped answering; killing it');
    try {
      process.kill(p.enginePid, 'SIGKILL');
    } catch {
      // it ended by itself meanwhile; the exit handler restarts it
    }
  }, PROBE_EVERY_MS);
  probe.unref();

  return {
    current: () => proc,
    state: () => state,
    async stop() {
      stopping = true;
      clearInterval(probe);
      await proc?.stop();
    },
  };
}
