/**
 * What a source adapter produces: one event or experience as its feed describes it, before enrichment.
 * Adapters are pure (text in, these out); the indexer's enrich steps turn each into one EventDoc per occurrence.
 */
export interface SourceEvent {
  /** The feed's own identifier (iCalendar UID, JSON id, URL …), unique within the source. */
  uid: string;
  kind: 'event' | 'experience';
  status: 'scheduled' | 'cancelled' | 'postponed';
  title: string;
  /** Untrusted HTML or plain text from the feed; sanitised by the enrich step. */
  description: string;
  lang: string | null;
  /**
   * The feed's own English title and text beside the main language (a second field, a language map, a tagged value),
   * when it is a real translation: the English site shows it first. Absent or null when the feed has none.
   */
  english?: EnglishVersion | null;
  /** The feed's own category words, mapped to the taxonomy by the enrich step. */
  categoriesRaw: string[];
  venueName: string | null;
  address: string | null;
  geo: { lat: number; lng: number } | null;
  /** Occurrences as epoch seconds; experiences have one spanning their validity (or none: always open). */
  occurrences: Occurrence[];
  allDay: boolean;
  openingHours: string | null;
  openWeekdays: number[] | null;
  free: boolean | null;
  price: string | null;
  audienceRaw: string[];
  accessibility: string[];
  organizer: string | null;
  url: string | null;
  image: string | null;
  /** What the image shows, when the source says (organisers must): the picture's alt text. */
  imageAlt?: string | null;
  online: boolean;
  indoor: boolean | null;
  /** Last modification time the feed claims, epoch seconds. */
  updatedAt: number | null;
}

/** An English version of an event's texts; either part may be missing (an English title over a Swedish text). */
export interface EnglishVersion {
  title: string | null;
  /** Untrusted HTML or plain text, like `description`. */
  description: string | null;
}

export interface Occurrence {
  startsAt: number;
  endsAt: number;
}

/** A record the adapter could not use, with the reason, counted in source health. */
export interface Reject {
  ref: string;
  reason: string;
}

export interface ParseResult {
  events: SourceEvent[];
  rejects: Reject[];
  /** Records left out on purpose (e.g. every occurrence is past or beyond the horizon): not errors. */
  skipped?: number;
}

/** What every adapter gets besides the body: the clock and the recurrence horizon. */
export interface ParseContext {
  now: number;
  horizonDays: number;
  /** Zone for floating (zone-less) local times. */
  defaultTimeZone: string;
}

/** A SourceEvent with every optional field empty; adapters spread their findings over it. */
export function emptySourceEvent(uid: string, title: string): SourceEvent {
  return {
    uid,
    kind: 'event',
    status: 'scheduled',
    title,
    description: '',
    lang: null,
    categoriesRaw: [],
    venueName: null,
    address: null,
    geo: null,
    occurrences: [],
    allDay: false,
    openingHours: null,
    openWeekdays: null,
    free: null,
    price: null,
    audienceRaw: [],
    accessibility: [],
    organizer: null,
    url: null,
    image: null,
    online: false,
    indoor: null,
    updatedAt: null,
  };
}
