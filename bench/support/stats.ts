import os from 'node:os';

/** Nearest-rank percentile of unsorted samples (p in 0–100). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export function ms(v: number): string {
  return `${v.toFixed(v < 10 ? 2 : 1)} ms`;
}

export function seconds(msValue: number): string {
  return `${(msValue / 1000).toFixed(2)} s`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 100 * 1024 * 1024 ? 1 : 0)} MB`;
}

export function ratio(a: number, b: number): string {
  return b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a';
}

/** A target line: benchmarks report, they never fail on a target. */
export function target(label: string, met: boolean, detail = ''): string {
  return `target: ${label}: ${met ? 'met' : 'NOT met'}${detail ? ` (${detail})` : ''}`;
}

/** Samples this process's RSS every `everyMs` and keeps the peak. */
export function rssSampler(everyMs = 50): { peak(): number; stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, everyMs);
  timer.unref();
  return {
    peak: () => Math.max(peak, process.memoryUsage().rss),
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

export function line(label: string, value: string): string {
  return `  ${label.padEnd(40)} ${value}`;
}

/** 1/5/15-minute load averages, to judge whether other work on the machine skewed a run. */
export function loadAverage(): string {
  return os.loadavg().map((v) => v.toFixed(2)).join(' / ');
}
