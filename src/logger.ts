import { pino, type Logger } from 'pino';

export type { Logger };

/** The one pino logger; modules take `logger.child({ module })` from what they are given. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'upptack' },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.apiKey', '*.masterKey'], remove: true },
  });
}
