import { parseArgs } from 'node:util';
import { feedBench } from './feed.js';
import { indexerBench } from './indexer.js';
import { kioskBench } from './kiosk.js';
import { relevanceBench } from './relevance.js';
import { searchBench } from './search.js';
import { soakBench } from './soak.js';

const USAGE = `usage: npm run bench -- [search|feed|indexer|relevance|soak|kiosk|all] [options]
  search, feed, kiosk:  --docs N (50000)  --duration S (10)  --connections C (10)
  kiosk:   --cycles N (1000 refresh cycles in headless Chromium; not part of "all": it takes minutes)
  indexer: --events N (10000)
  soak:    --minutes M (10)  --connections C (4)   (not part of "all": it takes minutes)
  both:    --seed N (42)`;

class UsageError extends Error {}

function positiveInt(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive integer, got ${raw}\n${USAGE}`);
  return n;
}

/** `npm run bench [-- search|indexer|all]`: prints figures and targets; exits 0 unless something crashes. */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      docs: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      events: { type: 'string' },
      minutes: { type: 'string' },
      seed: { type: 'string' },
      cycles: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const which = positionals[0] ?? 'search';
  if (values.help || !['search', 'feed', 'indexer', 'relevance', 'soak', 'kiosk', 'all'].includes(which) || positionals.length > 1) {
    process.stdout.write(`${USAGE}\n`);
    process.exitCode = values.help ? 0 : 1;
    return;
  }
  const seed = positiveInt(values.seed, 42, 'seed');
  // The search, feed (and kiosk) benches load the same index and the same kind of traffic.
  const load = () => ({
    docs: positiveInt(values.docs, 50_000, 'docs'),
    duration: positiveInt(values.duration, 10, 'duration'),
    connections: positiveInt(values.connections, 10, 'connections'),
    seed,
  });
  if (which === 'search' || which === 'all') await searchBench(load());
  if (which === 'all') process.stdout.write('\n');
  if (which === 'feed' || which === 'all') await feedBench(load());
  if (which === 'all') process.stdout.write('\n');
  if (which === 'indexer' || which === 'all') await indexerBench({ events: positiveInt(values.events, 10_000, 'events'), seed });
  if (which === 'all') process.stdout.write('\n');
  if (which === 'relevance' || which === 'all') await relevanceBench();
  if (which === 'kiosk') await kioskBench({ ...load(), cycles: positiveInt(values.cycles, 1000, 'cycles') });
  if (which === 'soak') {
    await soakBench({ minutes: positiveInt(values.minutes, 10, 'minutes'), connections: positiveInt(values.connections, 4, 'connections'), seed });
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err) => {
    process.stderr.write(err instanceof UsageError ? `${err.message}\n` : `bench crashed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
