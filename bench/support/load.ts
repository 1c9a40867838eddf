import type { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { percentile } from './stats.js';

/** The part of autocannon 9 these benches use (it ships no types). */
interface AcRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}
interface AcOptions {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
  requests: AcRequest[];
}
interface AcResult {
  requests: { total: number; average: number };
  throughput: { total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
type Autocannon = (opts: AcOptions, done: (err: Error | null, result: AcResult) => void) => EventEmitter;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface LoadResult {
  p50: number;
  p95: number;
  p99: number;
  reqPerSec: number;
  requests: number;
  failures: number;
  bytesPerRequest: number;
}

function run(opts: AcOptions): Promise<{ result: AcResult; latencies: number[] }> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(opts, (err, result) => (err ? reject(err) : resolve({ result, latencies })));
    // Per-response times, because autocannon's own summary has p97.5 but no p95.
    instance.on('response', (_client: unknown, _status: number, _bytes: number, time: number) => latencies.push(time));
  });
}

/**
 * Closed-loop load: `connections` clients send `requests` in rotation for `durationS` seconds, after a short
 * warm-up whose numbers are discarded.
 */
export async function measure(
  url: string,
  requests: AcRequest[],
  headers: Record<string, string>,
  connections: number,
  durationS: number,
): Promise<LoadResult> {
  await run({ url, connections, duration: Math.min(2, durationS), headers, requests });
  const { result, latencies } = await run({ url, connections, duration: durationS, headers, requests });
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    reqPerSec: result.requests.total / result.duration,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
    bytesPerRequest: result.requests.total ? result.throughput.total / result.requests.total : 0,
  };
}
