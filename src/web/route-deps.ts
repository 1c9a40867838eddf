import type { AppConfig } from '../config/app-schema.js';
import type { Config } from '../config/load-config.js';
import type { FacetVocabulary } from '../domain/facets.js';
import type { FeedService } from '../feed/feed-service.js';
import type { PlaceChoices } from './feed-input.js';
import type { Logger } from '../logger.js';
import type { EventReader } from '../search/ports.js';
import type { WeatherSource } from '../weather/forecast.js';
import type { Usage } from '../usage/usage.js';
import type { Submissions } from '../submissions/open.js';

/** What createApp is given (tests pass real dependencies and a fixed clock). */
export interface AppDeps {
  config: Config;
  reader: EventReader;
  logger: Logger;
  /** Epoch seconds; tests pass a fixed clock. */
  now: () => number;
  /**
   * False once the search engine is gone for good (the embedded one could not be restarted): /healthz then fails so
   * a supervisor restarts the service. Absent: always alive.
   */
  engineAlive?: () => boolean;
  /** Live forecasts, answered from memory. Absent: no weather (the feed is neutral on it). */
  weather?: WeatherSource;
  /** Usage figures (src/usage). Absent: counted into DATA_DIR/usage.json. */
  usage?: Usage;
  /**
   * The kiosk shell's fingerprint: screens reload when it changes (a deployment). Absent: computed from the shell's
   * files at start. Tests pass one to stand for a deployment.
   */
  kioskShell?: string;
  /** Organisers' submissions and their moderation (src/submissions). Absent: no form and no moderation pages. */
  submissions?: Submissions;
}

/** What every route gets: the app's dependencies plus what is derived from config once per app. */
export interface RouteDeps extends AppDeps {
  site: AppConfig['site'];
  vocab: FacetVocabulary;
  weather: WeatherSource;
  usage: Usage;
  feed: FeedService;
  /** Areas and venues a visitor can choose as where they are. */
  places: PlaceChoices;
}
