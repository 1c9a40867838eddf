import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/load-config.js';

/**
 * Writes a config file (sources.json, kiosks.json, a CONFIG_FILE …) into a fresh temp folder and returns its path.
 * An object is written as JSON; a string as it is (to test what a broken file says).
 */
export function configFile(name: string, content: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'upptack-cfg-')), name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** The message of the ConfigError that loading with `env` must throw. */
export function configProblems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
}
