/** One request of a load loop: a path on the app, optionally as an htmx fragment. */
export interface LoadRequest {
  path: string;
  fragment?: boolean;
}

export interface LoadSample {
  /** When the answer came (ms epoch). */
  at: number;
  status: number;
  ms: number;
}

/**
 * Closed-loop load on loopback: `connections` clients each send the next request as soon as the last is answered,
 * until `stop`. Status -1 is a request that failed without an answer (connection refused, timeout).
 */
export function loadLoop(base: string, requests: LoadRequest[], connections: number): { samples: LoadSample[]; stop(): Promise<void> } {
  if (!base.startsWith('http://127.0.0.1:')) throw new Error('load loops run on loopback only');
  const samples: LoadSample[] = [];
  let running = true;
  const client = async (offset: number) => {
    for (let i = offset; running; i++) {
      const r = requests[i % requests.length] as LoadRequest;
      const t0 = Date.now();
      let status = -1;
      try {
        const res = await fetch(`${base}${r.path}`, { headers: r.fragment ? { 'HX-Request': 'true' } : {}, redirect: 'manual', signal: AbortSignal.timeout(15_000) });
        await res.arrayBuffer();
        status = res.status;
      } catch {
        // counted as -1
      }
      samples.push({ at: Date.now(), status, ms: Date.now() - t0 });
    }
  };
  const clients = Array.from({ length: connections }, (_, c) => client(c));
  return {
    samples,
    async stop() {
      running = false;
      await Promise.all(clients);
    },
  };
}
