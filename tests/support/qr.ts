import jsqr from 'jsqr';
import sharp from 'sharp';

// CASE: jsqr is CommonJS whose typings declare `export default`: under NodeNext the function is `.default`.
const jsQR = jsqr.default;

/** The text of the QR code in an image (PNG from a screenshot, or an SVG), read by jsQR; null when none is found. */
export async function readQr(image: Buffer): Promise<string | null> {
  const { data, info } = await sharp(image, { density: 300 }).flatten({ background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data ?? null;
}
