import { z } from 'zod';
import { sourceBase } from './base.js';

/**
 * Organisers' submissions approved by an editor, read from the site's own database (`database.url` or PGlite), not
 * from a URL: `url` is always "database".
 */
export const submissionsSourceSchema = sourceBase.extend({
  type: z.literal('submissions'),
  url: z.literal('database').default('database'),
});
export type SubmissionsSourceConfig = z.infer<typeof submissionsSourceSchema>;
