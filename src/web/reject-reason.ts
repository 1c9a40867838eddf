import { type Lang, t } from './i18n.js';

/*
 * A rejected record's reason as an editor can act on it. The adapters (indexer/sources/**) write short technical
 * English for the logs ("VEVENT without DTSTART", "12 cells but the header has 14"); this is the one place that
 * recognises those sentences and says them in plain words with what to do (messages `admin.reject.<kind>` and
 * `admin.rejectFix.<kind>`). tests/unit/web/reject-reason.test.ts runs every adapter over the fixtures, so a new
 * adapter message cannot go unexplained without a failing test.
 */

/** Kinds of reason, most specific first: the first pattern that matches names the kind. */
const KINDS: readonly { kind: string; match: RegExp }[] = [
  { kind: 'noStart', match: /^(VEVENT without DTSTART|no start|no start time|no start_time|event without a startDate)$/ },
  { kind: 'badStart', match: /^unreadable (start|start time|start_time|startDate) "/ },
  { kind: 'noTitle', match: /^(VEVENT without SUMMARY|no title|no name|no Name|event without a name|attraction without a name)$/ },
  { kind: 'noTitleColumn', match: /^no title column\b/ },
  { kind: 'noId', match: /^no Id$/ },
  { kind: 'cellCount', match: /^\d+ cells but the header has \d+$/ },
  { kind: 'csvRecord', match: /^unreadable CSV record:/ },
  { kind: 'unknownKind', match: /^unknown typ "/ },
  { kind: 'icsSyntax', match: /^(iCalendar syntax error|unreadable VEVENT):/ },
  { kind: 'sharedUid', match: /^\d+ VEVENT\(s\) share a UID with another entry/ },
  { kind: 'duplicateName', match: /^duplicate id ".*" with a different name$/ },
  { kind: 'duplicateId', match: /^duplicate id "/ },
  { kind: 'subDaily', match: /^recurrence more often than daily is not supported$/ },
  { kind: 'outsideHorizon', match: /^no occurrence within the horizon$/ },
  { kind: 'readAs1252', match: /^not valid UTF-8; read as Windows-1252$/ },
  { kind: 'notUtf8', match: /^not valid UTF-8 \(JSON must be UTF-8\)$/ },
  { kind: 'invalidJson', match: /^invalid JSON: / },
  { kind: 'invalidJsonLd', match: /^invalid (JSON in ld\+json block|JSON-LD document): / },
  { kind: 'empty', match: /^empty document$/ },
  { kind: 'binary', match: /^binary content, not / },
  { kind: 'noItems', match: /^no array of items at "/ },
  { kind: 'notObject', match: /^item is not an object$/ },
  { kind: 'noMapping', match: /^no mapping configured$/ },
  { kind: 'deleted', match: /^deleted in the feed$/ },
  { kind: 'umbrella', match: /^umbrella of a recurring series/ },
  { kind: 'status', match: /^status "/ },
  { kind: 'expired', match: /^expired on / },
  { kind: 'notCbis', match: /^not a CBIS export: / },
  { kind: 'invalidSubmission', match: /^invalid submission: / },
  // The indexer's own check of each event against the event schema: "title: Too big: …; url: Invalid URL".
  { kind: 'invalidField', match: /^[\w.]*: [^;]+(; [\w.]*: [^;]+)*$/ },
];

/** The kind of reason no pattern knows: said generally, with the technical words beside it. */
export const UNKNOWN_REJECT = 'unknown';

/** Which kind of reason an adapter's reject reason is (`UNKNOWN_REJECT` when none fits). */
export function rejectKind(reason: string): string {
  return KINDS.find((k) => k.match.test(reason))?.kind ?? UNKNOWN_REJECT;
}

/** Every kind this module explains, for the test that checks each has its words in every language. */
export const REJECT_KINDS: readonly string[] = [...KINDS.map((k) => k.kind), UNKNOWN_REJECT];

export interface PlainReject {
  kind: string;
  /** What was wrong with the record, in plain words. */
  text: string;
  /** What the editor can do about it. */
  fix: string;
}

/** A reject reason said in `lang`: what was wrong and what to do. The reason itself stays the technical detail. */
export function plainReject(reason: string, lang: Lang): PlainReject {
  const kind = rejectKind(reason);
  return { kind, text: t(lang, `admin.reject.${kind}`), fix: t(lang, `admin.rejectFix.${kind}`) };
}
