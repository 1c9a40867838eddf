/** Stable error codes: logs, the error page and the API name them; operators grep for them. */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'INDEXER_BUSY'
  | 'MEILI_START_FAILED'
  | 'SEARCH_UNAVAILABLE'
  | 'SEARCH_TASK_FAILED'
  | 'FEED_FETCH_FAILED'
  | 'FEED_FETCH_TIMEOUT'
  | 'FEED_TOO_LARGE'
  | 'FEED_HTTP_STATUS'
  | 'FEED_PARSE_FAILED'
  | 'IMAGE_REFUSED'
  | 'IMAGE_FETCH_FAILED'
  | 'WEATHER_UNAVAILABLE'
  | 'SOURCE_DROP_HELD'
  | 'DATABASE_BUSY'
  | 'DATABASE_UNAVAILABLE'
  | 'PAYLOAD_TOO_LARGE'
  | 'MAIL_FAILED'
  | 'NOT_FOUND'
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'TOO_MANY_REQUESTS';

/** The project's errors: a stable code, an HTTP status for the web, the foreign error kept as `cause`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options: { cause?: unknown; status?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.status = options.status ?? 500;
  }
  readonly status: number;
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
