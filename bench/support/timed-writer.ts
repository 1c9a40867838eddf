import type { EventWriter } from '../../src/search/event-writer.js';

/** The writer with a stopwatch on every method, to split an indexer run into Meilisearch time and the rest. */
export function timedWriter(writer: EventWriter): { writer: EventWriter; take(): Map<string, number> } {
  let spent = new Map<string, number>();
  const wrapped = Object.fromEntries(
    Object.entries(writer).map(([name, fn]) => [
      name,
      async (...args: unknown[]) => {
        const t0 = performance.now();
        try {
          return await (fn as (...a: unknown[]) => Promise<unknown>)(...args);
        } finally {
          spent.set(name, (spent.get(name) ?? 0) + performance.now() - t0);
        }
      },
    ]),
  ) as unknown as EventWriter;
  return {
    writer: wrapped,
    /** Milliseconds per method since the last call. */
    take() {
      const out = spent;
      spent = new Map();
      return out;
    },
  };
}
