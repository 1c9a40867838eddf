import { type DestinationStream, pino, type Logger } from 'pino';

export type { Logger };

/**
 * The one pino logger; modules take `logger.child({ module })` from what they are given. `destination` is stdout
 * unless a test reads the lines itself.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { app: 'upptack' },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.apiKey', '*.masterKey'], remove: true },
  };
  return destination ? pino(options, destination) : pino(options);
}
