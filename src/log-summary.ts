import type { Logger } from './logger.js';

/*
 * Quiet under failure: an outage must not turn every failed request into a log line (a 90-second outage once wrote
 * 14.9 MB of stacks). A dependency logs its transitions, and repeated errors of one kind are logged once, then counted.
 */

/** Logs a dependency's state changes only: one line when it goes down, one when it is back. */
export interface DependencyState {
  down(reason: string): void;
  up(): void;
  isDown(): boolean;
}

export function dependencyState(logger: Logger, name: string, now: () => number = Date.now): DependencyState {
  let downSince: number | null = null;
  return {
    down(reason) {
      if (downSince !== null) return;
      downSince = now();
      logger.warn({ dependency: name, reason }, `${name} is unavailable`);
    },
    up() {
      if (downSince === null) return;
      const downMs = now() - downSince;
      downSince = null;
      logger.info({ dependency: name, downMs }, `${name} is available again`);
    },
    isDown: () => downSince !== null,
  };
}

/** Repeated events of one kind become one line when first seen and one count per interval while they go on. */
export interface LogSummary {
  /**
   * Records one event of `kind`. The first of a burst is logged at once with `fields` (pass `err` only where a stack
   * helps: unexpected errors); later ones are counted and reported by `flush`.
   */
  note(kind: string, level: 'warn' | 'error', fields: Record<string, unknown>, msg: string): void;
  /** Logs one line per kind counted since the last flush; a kind with nothing to report ends its burst. */
  flush(): void;
  stop(): void;
}

interface Burst {
  level: 'warn' | 'error';
  msg: string;
  repeats: number;
}

/** Flushes every `intervalMs` on a timer that never keeps the process alive. */
export function logSummary(logger: Logger, intervalMs: number): LogSummary {
  const bursts = new Map<string, Burst>();
  const flush = () => {
    for (const [kind, burst] of bursts) {
      if (burst.repeats === 0) {
        bursts.delete(kind);
        continue;
      }
      logger[burst.level]({ kind, repeats: burst.repeats, intervalS: Math.round(intervalMs / 1000) }, `${burst.msg} (repeated)`);
      burst.repeats = 0;
    }
  };
  const timer = setInterval(flush, intervalMs);
  timer.unref();
  return {
    note(kind, level, fields, msg) {
      const burst = bursts.get(kind);
      if (burst) {
        burst.repeats++;
        return;
      }
      bursts.set(kind, { level, msg, repeats: 0 });
      logger[level]({ ...fields, kind }, msg);
    },
    flush,
    stop: () => clearInterval(timer),
  };
}
