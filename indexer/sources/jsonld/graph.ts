import { asArray, isNode, type LdNode, ldTypes } from './values.js';

/** Event and its schema.org subtypes; LinkedEvents-style "Event/LinkedEvent" types end in "Event" too. */
const EVENT_TYPES = new Set([
  'Event', 'BusinessEvent', 'ChildrensEvent', 'ComedyEvent', 'CourseInstance', 'DanceEvent', 'EducationEvent',
  'EventSeries', 'ExhibitionEvent', 'Festival', 'FoodEvent', 'Hackathon', 'LiteraryEvent', 'MusicEvent',
  'SaleEvent', 'ScreeningEvent', 'SocialEvent', 'SportsEvent', 'TheaterEvent', 'VisualArtsEvent',
]);
/** "…Event" types that are not happenings to attend. */
const NOT_EVENTS = new Set(['BroadcastEvent', 'OnDemandEvent', 'PublicationEvent', 'DeliveryEvent']);
const ATTRACTION_TYPES = new Set(['TouristAttraction', 'TouristDestination']);
/** Place types imported as experiences only when a source opts in (most pages use them just as venues). */
const PLACE_TYPES = new Set([
  'Place', 'Museum', 'LandmarksOrHistoricalBuildings', 'Park', 'Zoo', 'Aquarium', 'AmusementPark', 'ArtGallery',
  'Beach', 'Church', 'PlaceOfWorship', 'CivicStructure', 'MovieTheater', 'PerformingArtsTheater', 'MusicVenue',
  'StadiumOrArena', 'Library', 'Playground', 'NaturalFeature', 'BodyOfWater', 'Mountain', 'SportsActivityLocation',
]);

/** What a page offers: event nodes and attraction (experience) nodes, references resolved on demand. */
export interface Candidates {
  events: LdNode[];
  attractions: LdNode[];
}

interface Walk {
  found: Candidates;
  places: LdNode[];
  seen: Set<LdNode>;
}

function classify(node: LdNode): 'event' | 'attraction' | 'place' | 'other' {
  const types = ldTypes(node);
  if (types.some((t) => EVENT_TYPES.has(t) || (t.endsWith('Event') && !NOT_EVENTS.has(t)))) return 'event';
  if (types.some((t) => ATTRACTION_TYPES.has(t))) return 'attraction';
  return types.some((t) => PLACE_TYPES.has(t)) ? 'place' : 'other';
}

/** {"@id": …} (perhaps with its @type) and nothing else: a pointer to a node described elsewhere. */
function isReference(value: unknown): boolean {
  return isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).every((k) => k === '@id' || k === '@type');
}

/** All JSON-LD of one page as one graph, so `{"@id": "#venue"}` references resolve across blocks. */
export class LdGraph {
  private readonly byId = new Map<string, LdNode>();

  constructor(private readonly roots: unknown[]) {
    for (const root of roots) this.index(root);
  }

  private index(value: unknown): void {
    if (Array.isArray(value)) for (const v of value) this.index(v);
    if (!isNode(value)) return;
    const id = value['@id'];
    const known = typeof id === 'string' ? this.byId.get(id) : undefined;
    // The fullest node wins: a bare {"@id"} reference must not shadow the node it points at.
    if (typeof id === 'string' && Object.keys(value).length > Object.keys(known ?? {}).length) this.byId.set(id, value);
    for (const [key, v] of Object.entries(value)) if (key !== '@context') this.index(v);
  }

  /** The node a bare reference points at (or the value itself); arrays are resolved element by element. */
  deref(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((v) => this.deref(v));
    if (!isNode(value) || typeof value['@id'] !== 'string') return value;
    return this.byId.get(value['@id']) ?? value;
  }

  /** Walk the page for events and attractions; plain places only with `placesAsExperiences`, and never a venue. */
  candidates(placesAsExperiences: boolean): Candidates {
    const walk: Walk = { found: { events: [], attractions: [] }, places: [], seen: new Set() };
    for (const root of this.roots) this.visit(root, walk);
    const { found, places } = walk;
    if (placesAsExperiences) found.attractions.push(...places.filter((p) => !this.isVenue(p, found.events)));
    return found;
  }

  private visit(value: unknown, walk: Walk): void {
    // Only bare references are resolved here. CASE: a bilingual page describes one event twice under one @id (with
    // `inLanguage` "sv" and "en"); resolving every node by @id would keep one of the two.
    for (const v of asArray(value).map((n) => (isReference(n) ? this.deref(n) : n))) {
      if (!isNode(v) || walk.seen.has(v)) continue;
      walk.seen.add(v);
      const kind = classify(v);
      if (kind === 'event') {
        const subs = [...asArray(v.subEvent), ...asArray(v.subEvents)];
        // A series that only groups its sub-events has no dates of its own: the sub-events carry them.
        if (subs.length === 0 || v.startDate !== undefined) walk.found.events.push(v);
        for (const sub of subs) this.visit(sub, walk);
      } else if (kind === 'other') {
        for (const [key, child] of Object.entries(v)) if (key !== '@context') this.visit(child, walk);
      } else {
        (kind === 'attraction' ? walk.found.attractions : walk.places).push(v);
        // Venues list their programme under `event`.
        for (const e of [v.event, v.events]) this.visit(e, walk);
      }
    }
  }

  private isVenue(place: LdNode, events: LdNode[]): boolean {
    return events.some((e) => asArray(this.deref(e.location)).includes(place));
  }
}
