import type { SourceConfig } from '../../../src/config/data-schemas.js';
import type { Config } from '../../../src/config/load-config.js';
import type { EventDoc } from '../../../src/domain/event.js';
import { distanceMetres } from '../../../src/domain/geo.js';
import { emptyQuery } from '../../../src/domain/search-query.js';
import { words } from '../../../src/domain/text.js';
import type { EventReader, EventSummary } from '../../../src/search/ports.js';
import type { SubmissionPreview } from '../../../src/submissions/preview-port.js';
import { createEnrichers } from '../../enrich/enrichers.js';
import { titleSimilarity } from '../../enrich/dedupe.js';
import { toDocuments } from '../../enrich/to-documents.js';
import { normaliseEvent } from '../common/normalise-event.js';
import { toSourceEvent } from './parse.js';

/** The same thresholds the indexer's cross-source dedup uses (indexer/enrich/dedupe.ts). */
const START_WINDOW = 15 * 60;
const MAX_METRES = 300;
const MIN_TITLE_SIMILARITY = 0.5;
/** Dates of one submission checked against the index (the first ones; a weekly series repeats itself). */
const DATES_CHECKED = 5;

function samePlace(doc: EventDoc, hit: EventSummary): boolean {
  if (doc._geo && hit.geo) return distanceMetres(doc._geo, hit.geo) <= MAX_METRES;
  return !!doc.venue && !!hit.venue && words(doc.venue.name).join(' ') === words(hit.venue.name).join(' ');
}

/** The configured `submissions` source, or its defaults when the sources file has none (nothing is published then). */
function submissionsSource(config: Config): SourceConfig {
  const found = config.sources.find((s) => s.type === 'submissions');
  return found ?? { id: 'submissions', type: 'submissions', url: 'database', enabled: false, priority: 50, defaults: {} };
}

export function createSubmissionPreview(config: Config, reader: EventReader): SubmissionPreview {
  const source = submissionsSource(config);
  const tz = config.app.site.timeZone;
  let enrichers: ReturnType<typeof createEnrichers> | null = null;
  return {
    sourceId: source.id,
    documents(submission, now) {
      // Built on first use: the Swedish dictionary takes a moment to load.
      enrichers ??= createEnrichers(config);
      const event = normaliseEvent(toSourceEvent(submission.publicId, submission.event, null, submission.updatedAt, tz));
      return toDocuments(event, source, enrichers, now).docs.sort((a, b) => a.startsAt - b.startsAt);
    },
    async duplicates(docs, now) {
      const found = new Map<string, EventSummary>();
      for (const doc of docs.slice(0, DATES_CHECKED)) {
        const window = { from: doc.startsAt - START_WINDOW, to: doc.startsAt + START_WINDOW };
        const page = await reader.search({ ...emptyQuery(), range: window, sort: 'soonest', hitsPerPage: 50 }, now);
        for (const hit of page.hits) {
          const alike =
            hit.eventId !== doc.eventId &&
            hit.kind === 'event' &&
            Math.abs(hit.startsAt - doc.startsAt) <= START_WINDOW &&
            samePlace(doc, hit) &&
            titleSimilarity(hit.title, doc.title) >= MIN_TITLE_SIMILARITY;
          if (alike) found.set(hit.eventId, hit);
        }
      }
      return [...found.values()];
    },
  };
}
