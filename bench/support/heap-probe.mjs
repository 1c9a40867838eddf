// Loaded into the web server by the soak bench only (NODE_OPTIONS=--import): appends the process's memory every
// 2 s to the file the bench names, so the bench can chart the server's heap without a debugger attached.
import { appendFileSync } from 'node:fs';

const file = process.env.UPPTACK_HEAP_PROBE;
if (file) {
  setInterval(() => {
    const m = process.memoryUsage();
    appendFileSync(file, `${JSON.stringify({ t: Date.now(), rss: m.rss, heapUsed: m.heapUsed })}\n`);
  }, 2000).unref();
}
