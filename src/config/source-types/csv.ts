import { z } from 'zod';
import { sourceBase } from './base.js';

/** A spreadsheet: our documented columns for associations (`upptack`) or a Citybreak product export (`cbis`). */
export const csvSourceSchema = sourceBase.extend({
  type: z.literal('csv'),
  options: z
    .object({
      profile: z.enum(['upptack', 'cbis']).default('upptack'),
      /** `auto` picks whichever of ";" and "," the header row uses more. */
      delimiter: z.enum([';', ',', 'auto']).default('auto'),
      /** `auto`: UTF-8 when the bytes are valid UTF-8 (with or without BOM), else Windows-1252. */
      encoding: z.enum(['utf-8', 'windows-1252', 'auto']).default('auto'),
    })
    .prefault({}),
});
export type CsvSourceConfig = z.infer<typeof csvSourceSchema>;
