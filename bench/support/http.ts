import http from 'node:http';

export interface Transfer {
  status: number;
  /** Body bytes as they crossed the wire (still compressed). */
  bytes: number;
  encoding: string;
}

/** GET with node:http, which (unlike fetch) does not decompress, so the count is what a browser downloads. */
export function transfer(url: string, headers: Record<string, string>): Promise<Transfer> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, encoding: String(res.headers['content-encoding'] ?? 'none') }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** Times `n` sequential calls; returns the milliseconds of each. */
export async function timeSequential(n: number, call: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await call();
    times.push(performance.now() - t0);
  }
  return times;
}
