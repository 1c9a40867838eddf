import { readFile, rename, writeFile } from 'node:fs/promises';
import type { z } from 'zod';

/*
 * The image step's small JSON records beside the pictures (the manifest, when files were first found unused). Losing
 * one costs work, never a picture: a missing or broken file reads as the fallback.
 */

/** The file's content if it parses and matches `schema`, else `fallback`. */
export async function readJsonFile<T>(file: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  try {
    const parsed = schema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/** Writes beside and renames, so a reader never sees half a file. */
export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(value));
  await rename(tmp, file);
}
