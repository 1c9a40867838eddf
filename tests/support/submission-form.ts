import type { Database } from '../../src/store/database.js';

/** A Saturday in the sample anchor week (the test clock is Monday 2026-01-05). */
export const EVENT_DATE = '2026-01-10';

/** The form's fields for a good submission; `over` replaces or adds fields (arrays repeat a field). */
export function eventFields(over: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    title: 'Schackturnering för nybörjare',
    description: 'Kom och spela schack med Växjö Schacksällskap. Vi lär ut grunderna.\n\nAnmälan: https://example.org/schack',
    date: [EVENT_DATE],
    start: ['13:00'],
    end: ['16:00'],
    venue: 'Växjö stadsbibliotek',
    address: '',
    lat: '',
    lng: '',
    categories: ['lecture'],
    audiences: ['children-family'],
    priceKind: 'free',
    price: '',
    url: 'https://example.org/schack',
    organizer: 'Växjö Schacksällskap',
    imageAlt: '',
    contactName: 'Anna Andersson',
    contactEmail: 'anna.andersson@example.org',
    consent: 'yes',
    ...over,
  };
}

/** The hidden form token of the page at `url` (what a browser would send back). */
export async function formToken(url: string, init: RequestInit = {}): Promise<string> {
  const html = await (await fetch(url, init)).text();
  const found = /name="csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!found) throw new Error(`no form token on ${url}`);
  return found;
}

export interface Upload {
  name: string;
  type: string;
  bytes: Buffer;
}

/** A multipart body as a browser builds it. */
export function formData(fields: Record<string, string | string[] | undefined>, image?: Upload): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  }
  if (image) data.append('image', new Blob([new Uint8Array(image.bytes)], { type: image.type }), image.name);
  return data;
}

export function post(url: string, body: FormData | URLSearchParams, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', body, headers, redirect: 'manual' });
}

/** Rows in every table a submission writes to (an abuse test expects all of them to stay as they were). */
export async function storedCounts(db: Database): Promise<{ submissions: number; images: number; uploads: number; audit: number }> {
  const [row] = await db.query<{ submissions: string; images: string; uploads: string; audit: string }>(
    `SELECT (SELECT count(*) FROM submissions) AS submissions, (SELECT count(*) FROM submission_images) AS images,
            (SELECT count(*) FROM pending_uploads) AS uploads, (SELECT count(*) FROM audit_log WHERE action = 'submitted') AS audit`,
  );
  return { submissions: Number(row?.submissions), images: Number(row?.images), uploads: Number(row?.uploads), audit: Number(row?.audit) };
}

/** The page's visible text with tags removed (for "the visitor is told …" checks). */
export function visibleText(html: string): string {
  return html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}
