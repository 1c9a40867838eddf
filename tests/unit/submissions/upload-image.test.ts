import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { normaliseUpload, UploadRefused } from '../../../src/submissions/upload-image.js';

const MAX = 10_000_000;
const picture = (width: number, height: number, format: 'jpeg' | 'png' | 'webp' = 'jpeg') =>
  sharp({ create: { width, height, channels: 3, background: '#88aa44' } })[format]()
    .withExif({ IFD0: { Artist: 'Someone', ImageDescription: 'Taken at home' } })
    .toBuffer();

const refusal = (p: Promise<unknown>) => p.then(() => null, (err: unknown) => (err instanceof UploadRefused ? err.problem : String(err)));

describe('an uploaded picture', () => {
  it('is re-encoded as WebP, upright, at most 2000 px wide, without metadata', async () => {
    for (const format of ['jpeg', 'png', 'webp'] as const) {
      const stored = await normaliseUpload(await picture(3000, 1500, format), MAX);
      const meta = await sharp(stored.bytes).metadata();
      expect(meta).toMatchObject({ format: 'webp', width: 2000, height: 1000 });
      expect(meta.exif).toBeUndefined();
      expect(stored).toMatchObject({ width: 2000, height: 1000, sha256: expect.stringMatching(/^[a-f0-9]{64}$/) });
    }
  });

  it('turns a photo the camera stored sideways the way it was taken', async () => {
    const sideways = await sharp({ create: { width: 800, height: 400, channels: 3, background: '#000' } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const stored = await normaliseUpload(sideways, MAX);
    expect([stored.width, stored.height]).toEqual([400, 800]);
  });

  it('is refused when too large, not a picture, a GIF or SVG, or too small', async () => {
    expect(await refusal(normaliseUpload(Buffer.alloc(MAX + 1), MAX))).toBe('tooLarge');
    expect(await refusal(normaliseUpload(Buffer.from('%PDF-1.4 not a picture'), MAX))).toBe('notImage');
    const gif = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#fff' } }).gif().toBuffer();
    expect(await refusal(normaliseUpload(gif, MAX))).toBe('notImage');
    expect(await refusal(normaliseUpload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"/>'), MAX))).toBe('notImage');
    expect(await refusal(normaliseUpload(await picture(150, 80), MAX))).toBe('tooSmall');
    const cut = (await picture(800, 600)).subarray(0, 2000);
    expect(await refusal(normaliseUpload(cut, MAX))).toBe('notImage');
  });
});
