import { lookup } from 'node:dns';
import { readFile, stat } from 'node:fs/promises';
import { BlockList, isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, fetch } from 'undici';
import { AppError } from '../../src/errors.js';

/*
 * Fetching a feed's image, the one way the indexer reads a URL a feed chose: http(s) only, never an address on the
 * machine or its network (checked on the address actually connected to, after DNS, so a name that resolves to
 * 127.0.0.1 is refused too), a deadline, a size cap, an image content type. Local feeds may use files next to them.
 */

export interface ImageFetchOptions {
  maxBytes: number;
  timeoutMs: number;
  allowPrivateAddresses: boolean;
  /** The folder local feeds live in: a file: image must be inside it. Null: no file: images. */
  localRoot: string | null;
  userAgent: string;
}

const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NOT_PUBLIC.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) {
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv6');
}

/** True for addresses on the public internet; false for loopback, private, link-local, multicast and reserved ones. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is the IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPublicAddress(mapped);
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const refused = (url: string, why: string) => new AppError('IMAGE_REFUSED', `${url}: ${why}`);

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | { address: string; family: number }[], family?: number) => void;

/** DNS as usual, but a name that resolves to a non-public address fails the connection. */
function guardedLookup(hostname: string, options: { all?: boolean }, callback: LookupCallback): void {
  lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '');
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad) return callback(Object.assign(new Error(`${hostname} resolves to ${bad.address}, not a public address`), { code: 'EADDRNOTPUBLIC' }), '');
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    callback(null, first?.address ?? '', first?.family);
  });
}

const strictAgent = new Agent({ connect: { lookup: guardedLookup as never }, connections: 4 });
const openAgent = new Agent({ connections: 4 });

const IMAGE_TYPES = /^image\/(jpeg|pjpeg|png|webp|gif|avif)\b/i;
const MAX_REDIRECTS = 3;

async function readCapped(body: AsyncIterable<Uint8Array>, maxBytes: number, url: string): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > maxBytes) throw refused(url, `more than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function checkRemote(raw: string, opts: ImageFetchOptions): URL {
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refused(raw, 'only http(s) images are fetched');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // Literal addresses never go through DNS: check them here.
  if (!opts.allowPrivateAddresses && isIP(host) !== 0 && !isPublicAddress(host)) throw refused(raw, `${host} is not a public address`);
  return url;
}

async function fetchLocal(raw: string, opts: ImageFetchOptions): Promise<Buffer> {
  const file = fileURLToPath(raw);
  const root = opts.localRoot;
  if (!root || path.relative(root, file).startsWith('..') || path.isAbsolute(path.relative(root, file))) {
    throw refused(raw, 'a file image must lie in the folder of the local feeds');
  }
  const info = await stat(file);
  if (info.size > opts.maxBytes) throw refused(raw, `more than ${opts.maxBytes} bytes`);
  return readFile(file);
}

/** The image's bytes, or an AppError (IMAGE_REFUSED, IMAGE_FETCH_FAILED) saying why not. */
export async function fetchImage(raw: string, opts: ImageFetchOptions): Promise<Buffer> {
  if (raw.startsWith('file:')) return fetchLocal(raw, opts);
  let url = checkRemote(raw, opts);
  for (let hop = 0; ; hop++) {
    let res: Awaited<ReturnType<typeof fetch>>;
    try {
      res = await fetch(url, {
        dispatcher: opts.allowPrivateAddresses ? openAgent : strictAgent,
        redirect: 'manual',
        signal: AbortSignal.timeout(opts.timeoutMs),
        headers: { 'user-agent': opts.userAgent, accept: 'image/avif,image/webp,image/png,image/jpeg,image/*;q=0.8' },
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      if (cause?.code === 'EADDRNOTPUBLIC') throw refused(raw, cause.message ?? 'not a public address');
      throw new AppError('IMAGE_FETCH_FAILED', `${raw}: ${cause?.message ?? (err as Error).message}`, { cause: err });
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      await res.body?.cancel();
      if (hop >= MAX_REDIRECTS) throw refused(raw, 'too many redirects');
      url = checkRemote(new URL(res.headers.get('location') as string, url).href, opts);
      continue;
    }
    if (!res.ok || !res.body) {
      await res.body?.cancel();
      throw new AppError('IMAGE_FETCH_FAILED', `${raw}: HTTP ${res.status}`);
    }
    const type = res.headers.get('content-type') ?? '';
    if (!IMAGE_TYPES.test(type)) {
      await res.body.cancel();
      throw refused(raw, `content type "${type}" is not an image`);
    }
    const length = Number(res.headers.get('content-length') ?? 0);
    if (length > opts.maxBytes) {
      await res.body.cancel();
      throw refused(raw, `${length} bytes (limit ${opts.maxBytes})`);
    }
    return readCapped(res.body, opts.maxBytes, raw);
  }
}
