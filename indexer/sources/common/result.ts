import type { ParseResult, Reject, SourceEvent } from '../../../src/domain/source-event.js';

/** The result for a document that could not be read at all: no events and one reject saying why. */
export function unreadable(ref: string, reason: string): ParseResult {
  return { events: [], rejects: [{ ref, reason }] };
}

/** Collects events and rejects while an adapter walks a feed, dropping repeated uids (first one wins). */
export class ResultCollector {
  readonly events: SourceEvent[] = [];
  readonly rejects: Reject[] = [];
  private readonly uids = new Set<string>();

  /** Add an event, or reject it when its uid was already seen in this document. */
  add(event: SourceEvent, ref: string): void {
    if (this.uids.has(event.uid)) {
      this.reject(ref, `duplicate id "${event.uid}"`);
      return;
    }
    this.uids.add(event.uid);
    this.events.push(event);
  }

  reject(ref: string, reason: string): void {
    this.rejects.push({ ref, reason });
  }

  /** Add the outcome of mapping one record: an event, or a reason it was unusable. */
  addOutcome(outcome: SourceEvent | string, ref: string): void {
    if (typeof outcome === 'string') this.reject(ref, outcome);
    else this.add(outcome, ref);
  }

  result(): ParseResult {
    return { events: this.events, rejects: this.rejects };
  }
}
