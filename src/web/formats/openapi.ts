import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import type { FacetVocabulary } from '../../domain/facets.js';
import {
  eventDetailSchema,
  eventsPageSchema,
  eventsQuerySchema,
  feedAnswerSchema,
  feedQuerySchema,
  postersSchema,
  posterQuerySchema,
  problemSchema,
  subscriptionQuerySchema,
} from './api-schema.js';

/** The OpenAPI 3.1 description of the public API, generated from the schemas the endpoints check and answer with. */
export function openApiDocument(vocab: FacetVocabulary, serverUrl: string): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const r = new OpenAPIRegistry();
  const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
  const problem = (description: string) => json(problemSchema, description);
  const text = (type: string, description: string) => ({ description, content: { [type]: { schema: z.string() } } });
  /** Every operation is a GET documented the same way: its texts, its parameter list (query or path) and its answers. */
  const get = (path: string, op: Omit<RouteConfig, 'method' | 'path'>) => r.registerPath({ method: 'get', path, ...op });
  const subscription = { query: subscriptionQuerySchema(vocab) };

  get('/api/events', {
    summary: 'Search events and experiences',
    description: 'Same parameters as the search page; one hit per event at its next (or current) occurrence. With `updated_since`, only what changed since then plus what was removed (incremental sync).',
    request: { query: eventsQuerySchema(vocab) },
    responses: { 200: json(eventsPageSchema, 'A page of events'), 410: problem('`updated_since` is older than the record of removals: sync in full') },
  });
  get('/api/events/{id}', {
    summary: 'One event with all its upcoming occurrences',
    request: { params: z.object({ id: z.string().regex(/^[a-zA-Z0-9_-]{1,200}$/).meta({ description: 'The `eventId`.', example: 'vaxjo-kommun-Ab12Cd34Ef56Gh78' }) }) },
    responses: { 200: json(eventDetailSchema, 'The event'), 301: { description: 'Merged into another source’s copy: follow Location' }, 404: problem('No such event') },
  });
  get('/api/events.ics', {
    summary: 'Subscribe to a search in a calendar app',
    description: 'Every matching future occurrence (events only), one VEVENT each with a stable UID and a SEQUENCE that rises when it changes. Use as `webcal://…`.',
    request: subscription,
    responses: { 200: text('text/calendar', 'iCalendar (RFC 5545)') },
  });
  for (const [ext, type, name] of [
    ['rss', 'application/rss+xml', 'RSS 2.0'],
    ['atom', 'application/atom+xml', 'Atom 1.0'],
    ['json', 'application/feed+json', 'JSON Feed 1'],
  ] as const) {
    get(`/api/events.${ext}`, {
      summary: `${name} of a search`,
      description: 'The 50 most recently announced or changed matching events, newest first; each summary starts with the date and place.',
      request: subscription,
      responses: { 200: text(type, name) },
    });
  }
  get('/api/poster', {
    summary: 'Posters for digital signage',
    description: 'One event (`id`) or the next `limit` events of a filter, with image and the address a QR code should open (for OS2display and similar).',
    request: { query: posterQuerySchema(vocab) },
    responses: { 200: json(postersSchema, 'Posters'), 404: problem('No such event') },
  });
  get('/api/feed', {
    summary: 'Suggestions: the home page’s feed',
    description: 'Ranked by interest, time, place and the weather at each event’s own hours, each with the reasons that lifted it.',
    request: { query: feedQuerySchema(vocab) },
    responses: { 200: json(feedAnswerSchema, 'The feed') },
  });
  return new OpenApiGeneratorV31(r.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Upptäck API',
      version: '1.0.0',
      description:
        'Open data on events and experiences in Växjö municipality. GET from any origin (CORS), no key. Responses carry `ETag` and `Cache-Control`: send `If-None-Match`. Parameters or values that are not understood are ignored and listed in `ignored` and the `X-Ignored-Parameters` header. Times are UTC, ISO 8601.',
      license: { name: 'CC0-1.0', identifier: 'CC0-1.0' },
    },
    servers: [{ url: serverUrl }],
  });
}
