import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetch } from 'undici';
import { AppError } from '../src/errors.js';
import type { FetchedDocument } from './sources/adapter.js';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  retries: number;
  userAgent: string;
  /** Folder that plain paths are relative to. */
  baseDir: string;
  /** Validators from the last successful fetch, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchOutcome =
  | { status: 'ok'; doc: FetchedDocument; etag: string | null; lastModified: string | null }
  | { status: 'not-modified' };

const RETRY_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

async function readLocal(location: string, opts: FetchOptions): Promise<FetchOutcome> {
  const file = location.startsWith('file:') ? fileURLToPath(location) : path.resolve(opts.baseDir, location);
  try {
    const info = await stat(file);
    if (info.size > opts.maxBytes) throw new AppError('FEED_TOO_LARGE', `${file} is ${info.size} bytes (limit ${opts.maxBytes})`);
    return { status: 'ok', doc: { url: `file://${file}`, body: await readFile(file), contentType: null }, etag: null, lastModified: null };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('FEED_FETCH_FAILED', `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? err}`, { cause: err });
  }
}

/** Reads a response body, aborting as soon as it passes the size limit. */
async function readCapped(body: AsyncIterable<Uint8Array>, maxBytes: number, url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new AppError('FEED_TOO_LARGE', `${url} is larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function fetchOnce(url: string, opts: FetchOptions): Promise<FetchOutcome> {
  const headers: Record<string, string> = { 'user-agent': opts.userAgent, accept: '*/*' };
  if (opts.etag) headers['if-none-match'] = opts.etag;
  if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
  // One deadline for headers and body: undici's own timeouts fire coarsely and per phase.
  const signal = AbortSignal.timeout(opts.timeoutMs);
  try {
    const res = await fetch(url, { headers, signal, redirect: 'follow' });
    if (res.status === 304) return { status: 'not-modified' };
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new AppError('FEED_HTTP_STATUS', `${url} answered HTTP ${res.status}`, { status: res.status });
    }
    const declared = Number(res.headers.get('content-length'));
    if (declared > opts.maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw new AppError('FEED_TOO_LARGE', `${url} declares ${declared} bytes (limit ${opts.maxBytes})`);
    }
    const body = res.body ? await readCapped(res.body, opts.maxBytes, url) : new Uint8Array();
    return {
      status: 'ok',
      doc: { url: res.url || url, body, contentType: res.headers.get('content-type') },
      etag: res.headers.get('etag'),
      lastModified: res.headers.get('last-modified'),
    };
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (signal.aborted) throw new AppError('FEED_FETCH_TIMEOUT', `${url} did not answer within ${opts.timeoutMs} ms`, { cause: err });
    throw new AppError('FEED_FETCH_FAILED', `${url}: ${(err as Error).message}`, { cause: err });
  }
}

function retryable(err: unknown): boolean {
  if (!(err instanceof AppError)) return false;
  if (err.code === 'FEED_HTTP_STATUS') return RETRY_STATUSES.has(err.status);
  return err.code === 'FEED_FETCH_FAILED' || err.code === 'FEED_FETCH_TIMEOUT';
}

/**
 * The only place the indexer reads feeds: http(s) with a deadline, a size cap, retries with backoff on timeouts and
 * 5xx, and conditional GET; `file:` URLs and plain paths read from disk under the same size cap.
 */
export async function fetchDocument(location: string, opts: FetchOptions): Promise<FetchOutcome> {
  if (!/^https?:/i.test(location)) return readLocal(location, opts);
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(location, opts);
    } catch (err) {
      if (attempt >= opts.retries || !retryable(err)) throw err;
      await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
    }
  }
}
