import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchImage, isPublicAddress } from '../../../../indexer/images/fetch-image.js';
import { storeImage } from '../../../../indexer/images/image-store.js';
import { startFeedServer } from '../../../support/feed-server.js';

let server: Awaited<ReturnType<typeof startFeedServer>>;
let jpeg: Buffer;
const open = { maxBytes: 200_000, timeoutMs: 2000, allowPrivateAddresses: true, localRoot: null, userAgent: 'test' };
const strict = { ...open, allowPrivateAddresses: false };

beforeAll(async () => {
  jpeg = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#3a6' } }).jpeg().toBuffer();
  server = await startFeedServer();
  server.routes.set('/photo.jpg', (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg));
  server.routes.set('/page.html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>'));
  server.routes.set('/huge.jpg', (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.alloc(300_000)));
  server.routes.set('/moved.jpg', (_req, res) => res.writeHead(302, { location: '/photo.jpg' }).end());
});

afterAll(async () => {
  await server?.close();
});

describe('which addresses count as public', () => {
  it.each([
    ['93.184.216.34', true],
    ['2a00:1450:4001::1', true],
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.20.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['::1', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['::ffff:127.0.0.1', false],
    ['not an address', false],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe('fetching a feed image', () => {
  it('fetches an image over http when private addresses are allowed (tests only), following a redirect', async () => {
    expect(await fetchImage(`${server.url}/photo.jpg`, open)).toEqual(jpeg);
    expect(await fetchImage(`${server.url}/moved.jpg`, open)).toEqual(jpeg);
  });

  it('refuses loopback by default, whether written as an address or as a name that resolves to one', async () => {
    await expect(fetchImage(`${server.url}/photo.jpg`, strict)).rejects.toMatchObject({ code: 'IMAGE_REFUSED' });
    const byName = server.url.replace('127.0.0.1', 'localhost');
    await expect(fetchImage(`${byName}/photo.jpg`, strict)).rejects.toMatchObject({ code: 'IMAGE_REFUSED', message: expect.stringMatching(/not a public address/) });
  });

  it('refuses what is not an image, what is too large, and schemes other than http(s)', async () => {
    await expect(fetchImage(`${server.url}/page.html`, open)).rejects.toMatchObject({ code: 'IMAGE_REFUSED', message: expect.stringMatching(/not an image/) });
    await expect(fetchImage(`${server.url}/huge.jpg`, open)).rejects.toMatchObject({ code: 'IMAGE_REFUSED', message: expect.stringMatching(/bytes/) });
    await expect(fetchImage('ftp://example.org/a.jpg', open)).rejects.toMatchObject({ code: 'IMAGE_REFUSED' });
  });

  it('reads a local feed\'s file only inside the local feeds\' folder', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'upptack-feeds-'));
    writeFileSync(path.join(root, 'a.jpg'), jpeg);
    const local = { ...strict, localRoot: root };
    expect(await fetchImage(pathToFileURL(path.join(root, 'a.jpg')).href, local)).toEqual(jpeg);
    await expect(fetchImage(pathToFileURL(path.join(root, '..', 'elsewhere.jpg')).href, local)).rejects.toMatchObject({ code: 'IMAGE_REFUSED' });
    await expect(fetchImage(pathToFileURL(path.join(root, 'a.jpg')).href, strict)).rejects.toMatchObject({ code: 'IMAGE_REFUSED' });
  });
});

describe('storing an image', () => {
  it('writes WebP files in the configured widths, none wider than the original, named by content', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'upptack-images-'));
    const picture = await storeImage(jpeg, dir, [320, 640, 960], 'test');
    expect(picture.widths).toEqual([320, 640, 800]);
    expect(picture.ratio).toBe(1.6);
    expect(picture.key).toMatch(/^[a-f0-9]{16}$/);
    expect(readdirSync(dir).sort()).toEqual(picture.widths.map((w) => `${picture.key}-${w}.webp`).sort());
    const meta = await sharp(path.join(dir, `${picture.key}-320.webp`)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 320, 200]);
  });

  it('refuses bytes that claim to be an image but do not decode', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'upptack-images-'));
    await expect(storeImage(Buffer.from('<svg onload="alert(1)">'), dir, [320], 'test')).rejects.toMatchObject({ code: 'IMAGE_REFUSED' });
    expect(readdirSync(dir)).toEqual([]);
  });
});
