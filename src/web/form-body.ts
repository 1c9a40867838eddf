import type { Request } from 'express';
import { AppError } from '../errors.js';

/** A form's text fields (every value of each name, in order) and its files. */
export interface FormBody {
  fields: Record<string, string[]>;
  files: Record<string, { name: string; type: string; bytes: Buffer } | undefined>;
}

/** Beyond this a body is not even drained: the connection is cut. */
const DRAIN_FACTOR = 4;

/**
 * The body, at most `maxBytes` of it kept. A larger one is read to its end and thrown away (up to a few times the
 * limit), so the browser gets the answer that says why instead of a connection reset; beyond that it is cut off.
 */
async function readCapped(req: Request, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.get('content-length') ?? 0);
  const tooLarge = () => new AppError('PAYLOAD_TOO_LARGE', `request body over ${maxBytes} bytes`, { status: 413 });
  if (declared > maxBytes * DRAIN_FACTOR) {
    req.socket.destroySoon();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes * DRAIN_FACTOR) {
      req.socket.destroySoon();
      throw tooLarge();
    }
    if (size <= maxBytes) chunks.push(chunk);
  }
  if (size > maxBytes) throw tooLarge();
  return Buffer.concat(chunks);
}

/**
 * Reads a `multipart/form-data` or `application/x-www-form-urlencoded` body of at most `maxBytes` (PAYLOAD_TOO_LARGE
 * beyond, before the rest is read), parsed by the platform's own form-data parser (undici's, as `fetch` uses).
 */
export async function readFormBody(req: Request, maxBytes: number): Promise<FormBody> {
  const type = req.get('content-type') ?? '';
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type)) {
    throw new AppError('BAD_REQUEST', 'a form was expected', { status: 400 });
  }
  const raw = await readCapped(req, maxBytes);
  let data: FormData;
  try {
    data = await new Response(raw, { headers: { 'content-type': type } }).formData();
  } catch (err) {
    throw new AppError('BAD_REQUEST', 'the form could not be read', { status: 400, cause: err });
  }
  const body: FormBody = { fields: {}, files: {} };
  for (const [name, value] of data.entries()) {
    if (typeof value === 'string') body.fields[name] = [...(body.fields[name] ?? []), value];
    else if (value.size > 0 || value.name) body.files[name] = { name: value.name.slice(0, 200), type: value.type, bytes: Buffer.from(await value.arrayBuffer()) };
  }
  return body;
}
