import type { Response } from 'express';
import type { z } from 'zod';
import { list, strings } from '../domain/params.js';

/** A parameter (or one of its values) that had no effect, and why. */
export interface Ignored {
  parameter: string;
  reason: string;
}

function elementOf(schema: z.ZodType): z.ZodType | null {
  const def = (schema as unknown as { def: { type: string; element?: z.ZodType; innerType?: z.ZodType } }).def;
  if (def.type === 'optional' && def.innerType) return elementOf(def.innerType);
  return def.type === 'array' && def.element ? def.element : null;
}

/**
 * What in a query string the endpoint's schema does not accept: unknown parameters and values that fail their
 * schema. The request is still answered (the site's own links may carry more); the client is told what was ignored.
 * Empty values are a form's "nothing chosen" and pass.
 */
export function ignoredParams(schema: z.ZodObject, query: Record<string, unknown>): Ignored[] {
  const out: Ignored[] = [];
  for (const [name, raw] of Object.entries(query)) {
    const field = schema.shape[name] as z.ZodType | undefined;
    if (!field) {
      out.push({ parameter: name, reason: 'unknown parameter' });
      continue;
    }
    const element = elementOf(field);
    const values = (element ? list(raw) : strings(raw).slice(0, 1)).map((v) => v.trim()).filter((v) => v !== '');
    for (const v of values) {
      const checked = (element ?? field).safeParse(v);
      if (!checked.success) out.push({ parameter: `${name}=${v.slice(0, 60)}`, reason: checked.error.issues[0]?.message ?? 'invalid' });
    }
  }
  return out;
}

/** Tells the client in a header too (calendar files and feeds have no JSON to carry it). */
export function reportIgnored(res: Response, ignored: readonly Ignored[]): void {
  if (ignored.length) res.set('X-Ignored-Parameters', ignored.map((i) => encodeURIComponent(i.parameter)).join(', ').slice(0, 1000));
}
