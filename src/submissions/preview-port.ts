import type { EventDoc } from '../domain/event.js';
import type { SubmissionEvent } from '../domain/submission.js';
import type { EventSummary } from '../search/ports.js';

/**
 * What editors see before deciding, computed by the indexer's own steps (the web cannot import them; main.ts passes
 * them in): the documents the `submissions` source would index, and indexed events that look like the same one.
 */
export interface SubmissionPreview {
  /** One document per date, enriched exactly as publishing would (picture left out: pages show the private copy). */
  documents(submission: { publicId: string; event: SubmissionEvent; updatedAt: number }, now: number): EventDoc[];
  /** Indexed events of other sources (or other submissions) with a similar title, a start within 15 minutes and the same place. */
  duplicates(docs: readonly EventDoc[], now: number): Promise<EventSummary[]>;
  /** The source id the event is published under (its page's id is derived from it). */
  readonly sourceId: string;
}
