import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer } from '../support/smtp.js';
import { EVENT_DATE, eventFields, formData, formToken, post, storedCounts, type Upload, visibleText } from '../support/submission-form.js';
import { type SubmissionSite, solvedAltcha, startSubmissionSite } from '../support/submission-site.js';

let site: SubmissionSite;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  // Many sends from one address in this file: the per-client limit has its own test below.
  site = await startSubmissionSite({ change: (app) => ({ ...app, smtp: { ...app.smtp, url: smtp.url }, submissions: { ...app.submissions, rateLimit: { limit: 1000, windowMs: 60_000 } } }) });
});

afterAll(async () => {
  await site?.close();
  await smtp?.close();
});

/** A photo with camera metadata (author, copyright, GPS reference) that must not survive the upload. */
async function photo(width = 1200, height = 800): Promise<Upload> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: '#2a6f97' } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'Anna Andersson', Copyright: 'Anna Andersson' }, IFD3: { GPSLatitudeRef: 'N' } })
    .toBuffer();
  return { name: 'schack.jpg', type: 'image/jpeg', bytes };
}

async function send(fields: Record<string, string | string[]>, opts: { image?: Upload; altcha?: string | null; csrf?: string; base?: string } = {}) {
  const base = opts.base ?? site.base;
  const csrf = opts.csrf ?? (await formToken(`${base}/tipsa`));
  const altcha = opts.altcha === undefined ? await solvedAltcha(base) : opts.altcha;
  const body = formData({ ...fields, csrf, ...(altcha === null ? {} : { altcha }), intent: 'send' }, opts.image);
  return post(`${base}/tipsa`, body);
}

/** Sends a refused submission and checks the answer's status and text, and that nothing at all was stored. */
async function expectRefused(res: Response, status: number, message: RegExp) {
  const before = await storedCounts(site.db.database);
  const html = await res.text();
  expect(res.status).toBe(status);
  expect(visibleText(html)).toMatch(message);
  expect(await storedCounts(site.db.database)).toEqual(before);
  return html;
}

describe('submitting an event', () => {
  it('stores a good submission with its picture and sends the organiser to their own page', async () => {
    const before = await storedCounts(site.db.database);
    const res = await send(eventFields({ imageAlt: 'Schackpjäser på ett bräde' }), { image: await photo() });
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/^\/tipsa\/mitt\?k=[A-Za-z0-9_-]{43}&ny=1$/);
    const after = await storedCounts(site.db.database);
    expect(after).toEqual({ ...before, submissions: before.submissions + 1, images: before.images + 1, audit: before.audit + 1 });

    const page = await fetch(`${site.base}${location}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const text = visibleText(await page.text());
    expect(text).toContain('Tack för ditt tips!');
    expect(text).toContain('Väntar på granskning');
    expect(text).toContain('Schackturnering för nybörjare');
    expect(text).toContain('lör 10 jan. 13:00–16:00');
  });

  it('keeps the picture as WebP without any of the camera metadata', async () => {
    const [row] = await site.db.database.query<{ bytes: Buffer; width: number }>('SELECT bytes, width FROM submission_images ORDER BY submission_id DESC LIMIT 1');
    const meta = await sharp(row?.bytes).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.width).toBe(1200);
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(row?.bytes.includes(Buffer.from('Anna Andersson'))).toBe(false);
  });

  it('mails the organiser their private link, which opens their page', async () => {
    const mail = smtp.mails.find((m) => m.to.includes('anna.andersson@example.org'));
    expect(mail?.subject).toBe('Tack för ditt tips: Schackturnering för nybörjare');
    const link = /(http:\/\/127\.0\.0\.1:\d+\/tipsa\/mitt\?k=[A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1];
    expect(link).toBeDefined();
    const page = await fetch(link as string);
    expect(visibleText(await page.text())).toContain('Väntar på granskning');
  });

  it('shows every mistake next to its field and keeps what was typed', async () => {
    const before = await storedCounts(site.db.database);
    const fields = eventFields({ title: 'Jazz på torget', description: 'för kort', date: ['2025-12-01'], start: ['25:00'], categories: [], priceKind: '', venue: '', contactEmail: 'inte-en-adress', consent: '' });
    const res = await send(fields);
    expect(res.status).toBe(422);
    const html = await res.text();
    const text = visibleText(html);
    for (const message of [
      'Beskriv evenemanget med minst 20 tecken.',
      'Datumet har redan varit.',
      'Välj en plats ur listan, skriv en adress eller sätt en nål på kartan.',
      'Välj minst en kategori.',
      'Välj om det är gratis eller kostar.',
      'Skriv en e-postadress som namn@exempel.se.',
      'Kryssa i rutan för att kunna skicka tipset.',
    ]) {
      expect(text).toContain(message);
    }
    expect(html).toContain('id="error-summary"');
    expect(html).toMatch(/id="f-title"[^>]*value="Jazz på torget"/);
    expect(html).toContain('>för kort</textarea>');
    expect(html).toMatch(/id="f-description"[^>]*aria-invalid="true"/);
    expect(await storedCounts(site.db.database)).toEqual(before);
  });

  it('keeps a good picture for the next try when the rest of the form has mistakes, and never twice', async () => {
    const res = await send(eventFields({ title: 'X', imageAlt: 'En bild' }), { image: await photo() });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(visibleText(html)).toContain('Bilden ”schack.jpg” följer med.');
    const upload = /name="upload" value="([^"]+)"/.exec(html)?.[1] as string;
    expect((await storedCounts(site.db.database)).uploads).toBe(1);
    const again = await send(eventFields({ title: 'Schack för alla åldrar', imageAlt: 'En bild', upload }));
    expect(again.status).toBe(303);
    const counts = await storedCounts(site.db.database);
    expect(counts.uploads).toBe(0);
    const [row] = await site.db.database.query<{ n: string }>("SELECT count(*) AS n FROM submissions s JOIN submission_images i ON i.submission_id = s.id WHERE s.event->>'title' = 'Schack för alla åldrar'");
    expect(Number(row?.n)).toBe(1);
  });

  it('without JavaScript, "add a date" gives one more row and stores nothing', async () => {
    const before = await storedCounts(site.db.database);
    const csrf = await formToken(`${site.base}/tipsa`);
    const res = await post(`${site.base}/tipsa`, formData({ ...eventFields(), csrf, intent: 'add-date' }));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('id="f-date-1"');
    expect(html).toMatch(new RegExp(`id="f-date-0"[^>]*value="${EVENT_DATE}"`));
    expect(await storedCounts(site.db.database)).toEqual(before);
  });
});

describe('abuse is refused with a clear message and nothing stored', () => {
  it('without an ALTCHA solution', async () => {
    await expectRefused(await send(eventFields(), { altcha: null }), 400, /Säkerhetskontrollen blev inte klar/);
  });

  it('with a forged ALTCHA solution, an unsigned challenge or the widget\'s test mode', async () => {
    const encode = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');
    const real = JSON.parse(Buffer.from(await solvedAltcha(site.base), 'base64').toString());
    const key: string = real.solution.derivedKey;
    const wrongKey = { ...real, solution: { ...real.solution, derivedKey: `${key[0] === '0' ? '1' : '0'}${key.slice(1)}` } };
    const unsigned = { ...real, challenge: { parameters: real.challenge.parameters } };
    for (const forged of [wrongKey, unsigned, { challenge: null, solution: null, test: true }]) {
      await expectRefused(await send(eventFields(), { altcha: encode(forged) }), 400, /Säkerhetskontrollen stämde inte/);
    }
  });

  it('with an ALTCHA solution used before', async () => {
    const altcha = await solvedAltcha(site.base);
    expect((await send(eventFields({ title: 'Första sändningen' }), { altcha })).status).toBe(303);
    await expectRefused(await send(eventFields({ title: 'Andra sändningen' }), { altcha }), 400, /Säkerhetskontrollen har redan använts/);
  });

  it('with the honeypot filled in', async () => {
    await expectRefused(await send(eventFields({ homepage: 'https://spam.example' })), 400, /ett fält som ska vara tomt var ifyllt/);
  });

  it('with a forged form token', async () => {
    const forged = `${Math.floor(Date.now() / 1000)}.bm9uY2Vub25jZQ.${'A'.repeat(43)}`;
    const html = await expectRefused(await send(eventFields(), { csrf: forged }), 403, /Formuläret var för gammalt eller kom från en annan webbplats/);
    expect(html).toMatch(/id="f-title"[^>]*value="Schackturnering för nybörjare"/);
  });

  it('from another site (its Origin), even with a good token', async () => {
    const csrf = await formToken(`${site.base}/tipsa`);
    const body = formData({ ...eventFields(), csrf, altcha: await solvedAltcha(site.base), intent: 'send' });
    await expectRefused(await post(`${site.base}/tipsa`, body, { origin: 'https://evil.example' }), 403, /kom från en annan webbplats/);
  });

  it('with a picture over the size limit', async () => {
    const big = { name: 'stor.jpg', type: 'image/jpeg', bytes: Buffer.concat([(await photo()).bytes, Buffer.alloc(10_100_000)]) };
    await expectRefused(await send(eventFields({ imageAlt: 'Stor bild' }), { image: big }), 422, /Bilden är för stor\. Den får vara högst 10 MB\./);
  });

  it('with a body far over the limit, before it is read', async () => {
    const huge = { name: 'enorm.jpg', type: 'image/jpeg', bytes: Buffer.alloc(12_000_000, 1) };
    await expectRefused(await send(eventFields({ imageAlt: 'Enorm bild' }), { image: huge }), 413, /Det du skickade var för stort \(bilder får vara högst 10 MB\)/);
  });

  it('with a file that is not a picture', async () => {
    const fake = { name: 'bild.jpg', type: 'image/jpeg', bytes: Buffer.from('<?php echo "not an image"; ?>'.repeat(50)) };
    await expectRefused(await send(eventFields({ imageAlt: 'Ingen bild' }), { image: fake }), 422, /Filen är inte en bild vi kan använda/);
  });

  it('over the per-client limit', async () => {
    const strict = await site.another((app) => ({ ...app, submissions: { ...app.submissions, rateLimit: { limit: 2, windowMs: 60_000 } } }));
    try {
      for (const title of ['Tips ett', 'Tips två']) expect((await send(eventFields({ title }), { base: strict.base })).status).toBe(303);
      const res = await send(eventFields({ title: 'Tips tre' }), { base: strict.base });
      await expectRefused(res, 429, /Många tips har skickats från ditt nätverk/);
      expect(res.headers.get('ratelimit-policy')).toContain('2');
    } finally {
      await strict.close();
    }
  });
});

describe("the organiser's own link", () => {
  let link: string;

  beforeAll(async () => {
    const res = await send(eventFields({ title: 'Kortspel i Araby' }));
    link = `${site.base}${(res.headers.get('location') ?? '').replace('&ny=1', '')}`;
  });

  it('edits the submission while it waits', async () => {
    const editUrl = link.replace('/tipsa/mitt?', '/tipsa/mitt/andra?');
    const form = await (await fetch(editUrl)).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(form)?.[1] as string;
    const version = /name="version" value="(\d+)"/.exec(form)?.[1] as string;
    const res = await post(editUrl, formData({ ...eventFields({ title: 'Kortspel och brädspel i Araby' }), csrf, version, intent: 'send' }));
    expect(res.status).toBe(303);
    expect(visibleText(await (await fetch(`${site.base}${res.headers.get('location')}`)).text())).toContain('Kortspel och brädspel i Araby');
  });

  it("refuses a form token from another organiser's page", async () => {
    const other = await send(eventFields({ title: 'Någon annans tips' }));
    const otherEdit = `${site.base}${other.headers.get('location')?.replace('/tipsa/mitt?', '/tipsa/mitt/andra?').replace('&ny=1', '')}`;
    const foreign = await formToken(otherEdit);
    const res = await post(link.replace('/tipsa/mitt?', '/tipsa/mitt/andra?'), formData({ ...eventFields({ title: 'Kapat' }), csrf: foreign, version: '2', intent: 'send' }));
    expect(res.status).toBe(403);
    expect(visibleText(await (await fetch(link)).text())).not.toContain('Kapat');
  });

  it('withdraws it, after which it can no longer be edited', async () => {
    const page = await (await fetch(link)).text();
    const csrf = /class="withdraw-form">\s*<input type="hidden" name="csrf" value="([^"]+)"/.exec(page)?.[1] as string;
    const res = await post(link.replace('/tipsa/mitt?', '/tipsa/mitt/dra-tillbaka?'), new URLSearchParams({ csrf, confirm: 'yes' }));
    expect(res.status).toBe(303);
    const text = visibleText(await (await fetch(`${site.base}${res.headers.get('location')}`)).text());
    expect(text).toContain('Tillbakadraget');
    expect(text).not.toContain('Ändra tipset');
    const edit = await fetch(link.replace('/tipsa/mitt?', '/tipsa/mitt/andra?'), { redirect: 'manual' });
    expect(edit.status).toBe(303);
  });

  it('answers 404 for a link that is not one', async () => {
    expect((await fetch(`${site.base}/tipsa/mitt?k=${'x'.repeat(43)}`)).status).toBe(404);
    expect((await fetch(`${site.base}/tipsa/mitt`)).status).toBe(404);
  });
});

describe('in English', () => {
  it('serves the form and refuses in English', async () => {
    const page = await (await fetch(`${site.base}/en/submit`)).text();
    expect(page).toContain('<html lang="en">');
    expect(visibleText(page)).toContain('Submit an event');
    const csrf = await formToken(`${site.base}/en/submit`);
    const res = await post(`${site.base}/en/submit`, formData({ ...eventFields({ title: 'x' }), csrf, altcha: await solvedAltcha(site.base), intent: 'send' }));
    expect(res.status).toBe(422);
    expect(visibleText(await res.text())).toContain("Write the event's name (at least 3 characters).");
  });
});

describe('the data-protection page', () => {
  it('says what is stored, why and for how long, in both languages', async () => {
    const sv = visibleText(await (await fetch(`${site.base}/tipsa/personuppgifter`)).text());
    expect(sv).toContain('Namn och e-post raderas 30 dagar efter evenemangets sista dag');
    expect(sv).toContain('Vi sparar inte din IP-adress');
    const en = visibleText(await (await fetch(`${site.base}/en/submit/privacy`)).text());
    expect(en).toContain('Name and e-mail are deleted 30 days after');
  });
});
