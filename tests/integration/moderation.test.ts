import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyQuery } from '../../src/domain/search-query.js';
import { purgeExpired } from '../../src/submissions/retention.js';
import { hashToken } from '../../src/submissions/tokens.js';
import { quietLogger } from '../support/engine.js';
import { startSmtpServer } from '../support/smtp.js';
import { eventFields, formData, formToken, post, visibleText } from '../support/submission-form.js';
import { type SubmissionSite, solvedAltcha, startSubmissionSite } from '../support/submission-site.js';

const ADMIN_TOKEN = 'test-admin-token-0123456789';
const EDITOR = { name: 'Eva Redaktör', email: 'eva@vaxjo.example', password: 'ett långt lösenord för test' };
const EMAIL = 'organiser.secret@example.org';
const CONTACT_NAME = 'Olle Organisatörsson';

let site: SubmissionSite;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  site = await startSubmissionSite({ change: (app) => ({ ...app, smtp: { ...app.smtp, url: smtp.url } }) });
});

afterAll(async () => {
  await site?.close();
  await smtp?.close();
});

/** Submits through the public form; returns the organiser's page URL and the submission's id. */
async function submit(over: Record<string, string | string[]>): Promise<{ link: string; id: number }> {
  const csrf = await formToken(`${site.base}/tipsa`);
  const res = await post(`${site.base}/tipsa`, formData({ ...eventFields({ contactEmail: EMAIL, contactName: CONTACT_NAME, ...over }), csrf, altcha: await solvedAltcha(site.base), intent: 'send' }));
  expect(res.status).toBe(303);
  const [row] = await site.db.database.query<{ id: string }>('SELECT id FROM submissions ORDER BY id DESC LIMIT 1');
  return { link: `${site.base}${(res.headers.get('location') ?? '').replace('&ny=1', '')}`, id: Number(row?.id) };
}

/** A signed-in editor: the session cookie the browser would keep. */
async function login(email = EDITOR.email, password = EDITOR.password): Promise<{ status: number; cookie: string | null; html: string }> {
  const csrf = await formToken(`${site.base}/admin/moderering/logga-in`);
  const res = await post(`${site.base}/admin/moderering/logga-in`, new URLSearchParams({ csrf, email, password }));
  const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? null;
  return { status: res.status, cookie, html: await res.text() };
}

const as = (cookie: string) => ({ headers: { cookie }, redirect: 'manual' as const });

async function decide(cookie: string, id: number, action: 'approve' | 'reject', reason = ''): Promise<Response> {
  const page = await (await fetch(`${site.base}/admin/moderering/${id}`, as(cookie))).text();
  const form = new RegExp(`action="/admin/moderering/${id}/${action}"[\\s\\S]*?name="csrf" value="([^"]+)"[\\s\\S]*?name="version" value="(\\d+)"`).exec(page);
  expect(form).not.toBeNull();
  return post(`${site.base}/admin/moderering/${id}/${action}`, new URLSearchParams({ csrf: form?.[1] ?? '', version: form?.[2] ?? '', reason }), { cookie });
}

describe('moderator accounts', () => {
  it('sends visitors without a session to the sign-in page', async () => {
    const res = await fetch(`${site.base}/admin/moderering`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/moderering/logga-in?next=%2Fadmin%2Fmoderering');
  });

  it('creates the first account only with the admin token, then never again that way', async () => {
    const page = `${site.base}/admin/moderering/forsta-kontot`;
    const wrong = await post(page, new URLSearchParams({ csrf: await formToken(page), adminToken: 'not-the-token-000000000', ...EDITOR }));
    expect(wrong.status).toBe(401);
    expect(visibleText(await wrong.text())).toContain('Fel administratörsnyckel.');
    const ok = await post(page, new URLSearchParams({ csrf: await formToken(page), adminToken: ADMIN_TOKEN, ...EDITOR }));
    expect(ok.status).toBe(303);
    expect((await fetch(page, { redirect: 'manual' })).status).toBe(303);
    const [row] = await site.db.database.query<{ role: string; password_hash: string }>('SELECT role, password_hash FROM moderators');
    expect(row?.role).toBe('admin');
    expect(row?.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row?.password_hash).not.toContain(EDITOR.password);
  });

  it('signs in with a secure, HttpOnly, SameSite=Strict session cookie', async () => {
    const res = await post(`${site.base}/admin/moderering/logga-in`, new URLSearchParams({ csrf: await formToken(`${site.base}/admin/moderering/logga-in`), email: EDITOR.email, password: EDITOR.password }));
    expect(res.status).toBe(303);
    const header = res.headers.get('set-cookie') ?? '';
    expect(header).toMatch(/^upptack_moderator=[A-Za-z0-9_-]{43};/);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Strict/);
    const [session] = await site.db.database.query<{ token_hash: string }>('SELECT token_hash FROM moderator_sessions');
    expect(header).not.toContain(session?.token_hash ?? 'none');
  });

  it('makes a session unusable after logout', async () => {
    const { cookie } = await login();
    expect(cookie).not.toBeNull();
    const queue = await fetch(`${site.base}/admin/moderering`, as(cookie as string));
    expect(queue.status).toBe(200);
    const csrf = /class="mod-logout">\s*<input type="hidden" name="csrf" value="([^"]+)"/.exec(await queue.text())?.[1] ?? '';
    const out = await post(`${site.base}/admin/moderering/logga-ut`, new URLSearchParams({ csrf }), { cookie: cookie as string });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/upptack_moderator=;/);
    const again = await fetch(`${site.base}/admin/moderering`, as(cookie as string));
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toContain('/admin/moderering/logga-in');
    const { id } = await submit({ title: 'Efter utloggning' });
    const approve = await post(`${site.base}/admin/moderering/${id}/approve`, new URLSearchParams({ csrf, version: '1' }), { cookie: cookie as string });
    expect(approve.status).toBe(401);
    expect((await site.setup.submissions.service.byId(id))?.status).toBe('pending');
  });

  it('locks an account after five wrong passwords, even for the right one', async () => {
    await site.setup.submissions.accounts.create({ name: 'Lasse Låst', email: 'lasse@vaxjo.example', role: 'editor', password: 'lasses riktiga lösenord' }, null);
    for (let i = 0; i < 4; i++) expect((await login('lasse@vaxjo.example', `fel lösenord nummer ${i}`)).status).toBe(401);
    const fifth = await login('lasse@vaxjo.example', 'fel lösenord nummer 5');
    expect(visibleText(fifth.html)).toContain('Kontot är låst en stund');
    const right = await login('lasse@vaxjo.example', 'lasses riktiga lösenord');
    expect(right.status).toBe(401);
    expect(right.cookie).toBeNull();
    site.clock.set(site.clock.now() + 16 * 60);
    expect((await login('lasse@vaxjo.example', 'lasses riktiga lösenord')).status).toBe(303);
  });
});

describe('moderating submissions', () => {
  let cookie: string;

  beforeAll(async () => {
    cookie = (await login()).cookie as string;
  });

  it('lists pending submissions and previews the card and the page as they would be published', async () => {
    const { id } = await submit({ title: 'Vårkonsert med Växjö kammarkör', categories: ['music'] });
    const queue = visibleText(await (await fetch(`${site.base}/admin/moderering`, as(cookie))).text());
    expect(queue).toContain('Vårkonsert med Växjö kammarkör');
    const item = await (await fetch(`${site.base}/admin/moderering/${id}`, as(cookie))).text();
    const text = visibleText(item);
    expect(text).toContain(CONTACT_NAME);
    expect(text).toContain(EMAIL);
    expect(item).toContain('class="card card-event"');
    expect(text).toContain('lör 10 jan. 13:00–16:00');
    expect(text).toContain('Växjö stadsbibliotek · Centrum');
    const preview = await (await fetch(`${site.base}/admin/moderering/${id}/preview`, as(cookie))).text();
    expect(preview).toContain('<h1>Vårkonsert med Växjö kammarkör</h1>');
    expect(preview).toContain('<meta name="robots" content="noindex">');
    expect(visibleText(preview)).toContain('Förhandsvisning');
    expect(visibleText(preview)).not.toContain(EMAIL);
  });

  it('warns when the index already has the same event (title, time and place)', async () => {
    const sample = await site.engine.engine.reader.search({ ...emptyQuery(), sort: 'soonest', hitsPerPage: 50 }, site.clock.now());
    const target = sample.hits.find((h) => h.kind === 'event' && h.venue && !h.allDay && h.startsAt > site.clock.now());
    expect(target).toBeDefined();
    const t = target as NonNullable<typeof target>;
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(t.startsAt * 1000);
    const [date, time] = local.split(' ');
    const { id } = await submit({ title: t.title, date: [date as string], start: [time as string], end: [''], venue: t.venue?.name ?? '', address: t.venue?.address ?? 'Okänd gata 1' });
    const item = visibleText(await (await fetch(`${site.base}/admin/moderering/${id}`, as(cookie))).text());
    expect(item).toContain('Kanske redan på Upptäck');
    expect(item).toContain(`${t.title} —`);
    const unrelated = await submit({ title: 'Helt annat evenemang i skogen' });
    expect(visibleText(await (await fetch(`${site.base}/admin/moderering/${unrelated.id}`, as(cookie))).text())).not.toContain('Kanske redan på Upptäck');
  });

  it('approves: after the indexer runs the event is searchable, with the organiser mailed', async () => {
    const { id, link } = await submit({ title: 'Brädspelskväll på Araby bibliotek', venue: 'Araby bibliotek', categories: ['library'] });
    type Found = { total: number; hits: { title: string; eventId: string; venue: { name: string } }[] };
    const before = (await (await fetch(`${site.base}/api/events?q=Brädspelskväll`)).json()) as Found;
    expect(before.total).toBe(0);
    const res = await decide(cookie, id, 'approve');
    expect(res.status).toBe(303);
    expect(visibleText(await (await fetch(`${site.base}${res.headers.get('location')}`, as(cookie))).text())).toContain('är godkänt och publiceras');
    const summary = await site.index();
    expect(summary.sources.find((s) => s.id === 'tips')).toMatchObject({ ok: true, indexed: 1 });
    const after = (await (await fetch(`${site.base}/api/events?q=Brädspelskväll`)).json()) as Found;
    expect(after.total).toBe(1);
    expect(after.hits[0]?.title).toBe('Brädspelskväll på Araby bibliotek');
    expect(after.hits[0]?.eventId).toMatch(/^tips-/);
    expect(after.hits[0]?.venue.name).toBe('Araby bibliotek');
    const mine = visibleText(await (await fetch(link)).text());
    expect(mine).toContain('Publicerat');
    expect(mine).toContain('Se evenemanget på Upptäck');
    const mail = smtp.mails.find((m) => m.subject === 'Publicerat på Upptäck: Brädspelskväll på Araby bibliotek');
    expect(mail?.to).toEqual([EMAIL]);
  });

  it('refuses to reject without a reason, then rejects: the organiser link shows the reason', async () => {
    const { id, link } = await submit({ title: 'Köp billiga solglasögon' });
    const bare = await decide(cookie, id, 'reject', '');
    expect(bare.status).toBe(422);
    expect(visibleText(await bare.text())).toContain('Skriv en motivering');
    const reason = 'Det här är reklam för en butik, inte ett evenemang.';
    expect((await decide(cookie, id, 'reject', reason)).status).toBe(303);
    const mine = visibleText(await (await fetch(link)).text());
    expect(mine).toContain('Inte publicerat');
    expect(mine).toContain(reason);
    const mail = smtp.mails.find((m) => m.subject === 'Ditt tips publicerades inte: Köp billiga solglasögon');
    expect(mail?.text).toContain(reason);
  });

  it('refuses a decision made on an older version of the submission', async () => {
    const { id } = await submit({ title: 'Ändras under granskning' });
    const page = await (await fetch(`${site.base}/admin/moderering/${id}`, as(cookie))).text();
    const csrf = /name="csrf" value="([^"]+)"><input type="hidden" name="version"/.exec(page)?.[1] ?? '';
    const record = await site.setup.submissions.service.byId(id);
    await site.setup.submissions.service.edit(record!, { event: { ...record!.event, title: 'Ändrad av arrangören' }, image: { kind: 'keep' }, version: record!.version }, { kind: 'organiser' });
    const res = await post(`${site.base}/admin/moderering/${id}/approve`, new URLSearchParams({ csrf, version: String(record!.version) }), { cookie });
    expect(res.status).toBe(409);
    expect((await site.setup.submissions.service.byId(id))?.status).toBe('pending');
  });

  it('refuses decisions with a form token from another session', async () => {
    const { id } = await submit({ title: 'Token från annan session' });
    const other = (await login()).cookie as string;
    const page = await (await fetch(`${site.base}/admin/moderering/${id}`, as(other))).text();
    const csrf = /name="csrf" value="([^"]+)"><input type="hidden" name="version"/.exec(page)?.[1] ?? '';
    const res = await post(`${site.base}/admin/moderering/${id}/approve`, new URLSearchParams({ csrf, version: '1' }), { cookie });
    expect(res.status).toBe(403);
  });

  it('keeps an audit log editors can read, without contact data', async () => {
    const html = await (await fetch(`${site.base}/admin/moderering/logg`, as(cookie))).text();
    const text = visibleText(html);
    for (const line of ['Eva Redaktör', 'godkände', 'avslog', 'loggade in', 'skickade tipset', 'kontot låstes efter för många fel lösenord']) expect(text).toContain(line);
    expect(text).not.toContain(EMAIL);
    const rows = await site.db.database.query<{ detail: unknown }>('SELECT detail FROM audit_log');
    expect(JSON.stringify(rows)).not.toContain(EMAIL);
    expect(JSON.stringify(rows)).not.toContain(CONTACT_NAME);
  });
});

describe("the organiser's contact data", () => {
  it('never reaches the index, the API or a public page', async () => {
    await site.index();
    const raw = await fetch(`${site.base}/api/events?per_page=50`).then((r) => r.text());
    expect(raw).not.toContain(EMAIL);
    const writer = site.engine.engine.writer;
    const docs = await writer.documentsOfSources(['tips']);
    expect(docs.length).toBeGreaterThan(0);
    const all = JSON.stringify(docs);
    expect(all).not.toContain(EMAIL);
    expect(all).not.toContain(CONTACT_NAME);
    const first = docs[0] as (typeof docs)[number];
    for (const path of [`/api/events/${first.eventId}`, `/evenemang/x--${first.eventId}`, `/evenemang/x--${first.eventId}.ics`, '/sitemap.xml', '/api/events.ics?q=Brädspelskväll', '/api/events.rss?q=Brädspelskväll', '/sok?q=Brädspelskväll']) {
      const res = await fetch(`${site.base}${path}`);
      expect(res.status, path).toBe(200);
      const body = await res.text();
      expect(body, path).not.toContain(EMAIL);
      expect(body, path).not.toContain(CONTACT_NAME);
    }
  });

  it('is deleted after the retention period, and the whole submission later', async () => {
    const db = site.db.database;
    const settings = site.config.app.submissions;
    const day = 86_400;
    const [kept] = await db.query<{ id: string; last: string; n: string }>(
      'SELECT (SELECT id FROM submissions ORDER BY last_ends_at DESC LIMIT 1) AS id, max(last_ends_at) AS last, count(*) AS n FROM submissions WHERE contact_email IS NOT NULL',
    );
    const last = Number(kept?.last);
    expect(Number(kept?.n)).toBeGreaterThan(0);
    const start = site.clock.now();
    // A day short of the period, the latest event's organiser is still on record.
    site.clock.set(last + (settings.contactRetentionDays - 1) * day);
    await purgeExpired(db, settings, site.clock.now(), quietLogger);
    expect((await site.setup.submissions.service.byId(Number(kept?.id)))?.contact).not.toBeNull();
    site.clock.set(last + (settings.contactRetentionDays + 1) * day);
    await purgeExpired(db, settings, site.clock.now(), quietLogger);
    const [after] = await db.query<{ n: string }>('SELECT count(*) AS n FROM submissions WHERE contact_email IS NOT NULL OR contact_name IS NOT NULL');
    expect(Number(after?.n)).toBe(0);
    const [audited] = await db.query<{ n: string }>("SELECT count(*) AS n FROM audit_log WHERE action = 'contact-deleted'");
    expect(Number(audited?.n)).toBe(Number(kept?.n));
    expect(visibleText(await (await fetch(`${site.base}/admin/moderering/${kept?.id}`, { headers: { cookie: (await login()).cookie as string } })).text())).toContain('Kontaktuppgifterna är raderade.');
    site.clock.set(last + (settings.closedRetentionDays + 1) * day);
    expect((await purgeExpired(db, settings, site.clock.now(), quietLogger)).submissions).toBeGreaterThan(0);
    const [left] = await db.query<{ n: string; images: string }>('SELECT (SELECT count(*) FROM submissions) AS n, (SELECT count(*) FROM submission_images) AS images');
    expect(Number(left?.n)).toBe(0);
    expect(Number(left?.images)).toBe(0);
    site.clock.set(start);
  });
});

describe('managing accounts', () => {
  const KARIN = { name: 'Karin Kollega', email: 'karin@vaxjo.example', password: 'karins första lösenord' };
  let admin: string;

  /** The form token of the form posting to `action` on the page at `path` (the bar's sign-out form has its own). */
  async function tokenOn(path: string, cookie: string, action = path): Promise<string> {
    const html = await (await fetch(`${site.base}${path}`, as(cookie))).text();
    const found = new RegExp(`action="${action}"[^>]*>\\s*<input type="hidden" name="csrf" value="([^"]+)"`).exec(html)?.[1];
    if (!found) throw new Error(`no form to ${action} on ${path}`);
    return found;
  }

  beforeAll(async () => {
    admin = (await login()).cookie as string;
    await site.setup.submissions.accounts.create({ ...KARIN, role: 'editor' }, null);
  });

  it('shows every account with its state, and the moderation bar with working links', async () => {
    const html = await (await fetch(`${site.base}/admin/moderering/konton`, as(admin))).text();
    expect(html).toContain('href="/admin/moderering"');
    expect(html).toContain('href="/admin/moderering/logg"');
    expect(html).toContain('href="/admin/moderering/losenord"');
    expect(html).toMatch(/class="mod-logout">\s*<input type="hidden" name="csrf" value="[^"]+"/);
    const text = visibleText(html);
    expect(text).toContain('Karin Kollega');
    expect(text).toContain('Eva Redaktör (du)');
    // No action on one's own row.
    const [evaId] = (await site.db.database.query<{ id: string }>('SELECT id FROM moderators WHERE email = $1', [EDITOR.email])).map((r) => r.id);
    expect(html).not.toContain(`/admin/moderering/konton/${evaId}/disable`);
  });

  it('turns an account off: its session ends at once, it cannot sign in, and it can be turned on again', async () => {
    const karin = (await login(KARIN.email, KARIN.password)).cookie as string;
    expect((await fetch(`${site.base}/admin/moderering`, as(karin))).status).toBe(200);
    const [row] = await site.db.database.query<{ id: string }>('SELECT id FROM moderators WHERE email = $1', [KARIN.email]);
    const csrf = await tokenOn('/admin/moderering/konton', admin);

    // An editor who is not an administrator may not, even with a valid token for that form in her own session.
    const karinsToken = site.setup.submissions.formTokens.issue('account', `session:${hashToken(karin.split('=')[1] ?? '')}`, site.clock.now());
    expect((await post(`${site.base}/admin/moderering/konton/${row?.id}/disable`, new URLSearchParams({ csrf: karinsToken }), { cookie: karin })).status).toBe(403);

    const off = await post(`${site.base}/admin/moderering/konton/${row?.id}/disable`, new URLSearchParams({ csrf }), { cookie: admin });
    expect(off.status).toBe(200);
    const text = visibleText(await off.text());
    expect(text).toContain('Kontot för Karin Kollega är avstängt');
    expect(text).toContain('avstängt');
    expect((await fetch(`${site.base}/admin/moderering`, as(karin))).status).toBe(303);
    expect((await login(KARIN.email, KARIN.password)).status).toBe(401);
    const sessions = await site.db.database.query('SELECT 1 FROM moderator_sessions WHERE moderator_id = $1', [row?.id]);
    expect(sessions).toHaveLength(0);
    // Sent twice (a double click): shown as done, logged once.
    expect((await post(`${site.base}/admin/moderering/konton/${row?.id}/disable`, new URLSearchParams({ csrf }), { cookie: admin })).status).toBe(200);

    const on = await post(`${site.base}/admin/moderering/konton/${row?.id}/enable`, new URLSearchParams({ csrf }), { cookie: admin });
    expect(visibleText(await on.text())).toContain('Kontot för Karin Kollega är öppet igen');
    expect((await login(KARIN.email, KARIN.password)).status).toBe(303);
    const audit = await site.db.database.query<{ action: string }>(`SELECT action FROM audit_log WHERE action LIKE 'moderator-%abled' ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(['moderator-disabled', 'moderator-enabled']);
    // The log says whose account it was.
    const log = visibleText(await (await fetch(`${site.base}/admin/moderering/logg`, as(admin))).text());
    expect(log).toContain('stängde av ett konto: Karin Kollega');
    expect(log).toContain('öppnade ett konto igen: Karin Kollega');
    // Not a number the way a path may hold one.
    expect((await post(`${site.base}/admin/moderering/konton/0x${Number(row?.id).toString(16)}/disable`, new URLSearchParams({ csrf }), { cookie: admin })).status).toBe(404);
  });

  it("never turns off one's own account, and an administrator turned off changes nothing, so one always stays", async () => {
    const [eva] = await site.db.database.query<{ id: string }>('SELECT id FROM moderators WHERE email = $1', [EDITOR.email]);
    const self = await post(`${site.base}/admin/moderering/konton/${eva?.id}/disable`, new URLSearchParams({ csrf: await tokenOn('/admin/moderering/konton', admin) }), { cookie: admin });
    expect(self.status).toBe(409);
    expect(visibleText(await self.text())).toContain('Ditt eget konto kan du inte stänga av');
    const accounts = site.setup.submissions.accounts;
    const a = await accounts.create({ name: 'Admin A', email: 'a@vaxjo.example', role: 'admin', password: 'administratör a:s lösenord' }, null);
    const b = await accounts.create({ name: 'Admin B', email: 'b@vaxjo.example', role: 'admin', password: 'administratör b:s lösenord' }, null);
    if (!a || !b) throw new Error('accounts not created');
    // B was turned off while a request of B's was under way: that request changes nothing.
    expect(await accounts.disable(b.id, a)).toBe('done');
    expect(await accounts.disable(a.id, b)).toBe('not-admin');
    expect(await accounts.enable(b.id, b)).toBe('self');
    expect(await accounts.resetPassword(a.id, 'ett lösenord b inte får sätta', b)).toBe('not-admin');
    expect(await accounts.enable(b.id, a)).toBe('done');
    // Two administrators turning each other off at the same moment: one of them stays on.
    const results = await Promise.all([accounts.disable(b.id, a), accounts.disable(a.id, b)]);
    expect([...results].sort()).toEqual(['done', 'not-admin']);
    const on = await site.db.database.query<{ email: string }>(`SELECT email FROM moderators WHERE role = 'admin' AND disabled_at IS NULL AND email LIKE '_@vaxjo.example'`);
    expect(on).toHaveLength(1);
  });

  it('sets a new password for someone who forgot theirs: the lock goes, their sessions end, the old password stops working', async () => {
    const lasse = (await login('lasse@vaxjo.example', 'lasses riktiga lösenord')).cookie as string;
    expect((await fetch(`${site.base}/admin/moderering`, as(lasse))).status).toBe(200);
    const [row] = await site.db.database.query<{ id: string }>('SELECT id FROM moderators WHERE email = $1', ['lasse@vaxjo.example']);
    await site.db.database.query('UPDATE moderators SET failed_logins = 5, locked_until = $2 WHERE id = $1', [row?.id, site.clock.now() + 900]);
    const csrf = await tokenOn('/admin/moderering/konton', admin);
    const short = await post(`${site.base}/admin/moderering/konton/${row?.id}/password`, new URLSearchParams({ csrf, password: 'kort' }), { cookie: admin });
    expect(short.status).toBe(422);
    const refused = await short.text();
    expect(visibleText(refused)).toContain('minst 12 tecken');
    // The refusal sits at that account, its password form open and the field marked.
    expect(refused).toMatch(new RegExp(`<details class="account-password" open>[\\s\\S]*?id="f-password-${row?.id}"[^>]*aria-describedby="h-password-${row?.id} e-account-${row?.id}" aria-invalid="true"`));
    const res = await post(`${site.base}/admin/moderering/konton/${row?.id}/password`, new URLSearchParams({ csrf, password: 'lasses nya fina lösenord' }), { cookie: admin });
    expect(res.status).toBe(200);
    expect(visibleText(await res.text())).toContain('Lasse Låst har fått ett nytt lösenord');
    expect((await fetch(`${site.base}/admin/moderering`, as(lasse))).status).toBe(303);
    const [after] = await site.db.database.query<{ locked_until: string | null; failed_logins: number }>('SELECT locked_until, failed_logins FROM moderators WHERE id = $1', [row?.id]);
    expect(after).toEqual({ locked_until: null, failed_logins: 0 });
    expect((await login('lasse@vaxjo.example', 'lasses riktiga lösenord')).status).toBe(401);
    expect((await login('lasse@vaxjo.example', 'lasses nya fina lösenord')).status).toBe(303);
    const audit = await site.db.database.query<{ detail: { account?: string } }>(`SELECT detail FROM audit_log WHERE action = 'password-reset'`);
    expect(audit.map((a) => a.detail.account)).toEqual(['Lasse Låst']);
  });

  it("changes one's own password given the current one: every old session ends, this person gets a new one", async () => {
    const here = (await login(KARIN.email, KARIN.password)).cookie as string;
    const elsewhere = (await login(KARIN.email, KARIN.password)).cookie as string;
    const page = await fetch(`${site.base}/admin/moderering/losenord`, as(here));
    expect(page.status).toBe(200);
    const csrf = await tokenOn('/admin/moderering/losenord', here);
    const wrong = await post(`${site.base}/admin/moderering/losenord`, new URLSearchParams({ csrf, current: 'inte mitt lösenord alls', password: 'karins andra lösenord' }), { cookie: here });
    expect(wrong.status).toBe(401);
    expect(visibleText(await wrong.text())).toContain('Det nuvarande lösenordet stämmer inte');
    expect((await fetch(`${site.base}/admin/moderering`, as(elsewhere))).status).toBe(200);

    const ok = await post(`${site.base}/admin/moderering/losenord`, new URLSearchParams({ csrf, current: KARIN.password, password: 'karins andra lösenord' }), { cookie: here });
    expect(ok.status).toBe(200);
    expect(visibleText(await ok.text())).toContain('Lösenordet är bytt');
    const fresh = ok.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(fresh).toMatch(/^upptack_moderator=[A-Za-z0-9_-]{43}$/);
    expect(fresh).not.toBe(here);
    expect((await fetch(`${site.base}/admin/moderering`, as(fresh))).status).toBe(200);
    expect((await fetch(`${site.base}/admin/moderering`, as(here))).status).toBe(303);
    expect((await fetch(`${site.base}/admin/moderering`, as(elsewhere))).status).toBe(303);
    expect((await login(KARIN.email, KARIN.password)).status).toBe(401);
    expect((await login(KARIN.email, 'karins andra lösenord')).status).toBe(303);
  });

  it('locks the account and ends its sessions when a session keeps guessing the current password', async () => {
    const accounts = site.setup.submissions.accounts;
    const gustav = await accounts.create({ name: 'Gustav Gissare', email: 'gustav@vaxjo.example', role: 'editor', password: 'gustavs riktiga lösenord' }, null);
    if (!gustav) throw new Error('account not created');
    const cookie = (await login('gustav@vaxjo.example', 'gustavs riktiga lösenord')).cookie as string;
    for (let i = 0; i < 4; i++) expect(await accounts.changeOwnPassword(gustav, `gissning nummer ${i}`, 'ett nytt lösenord här')).toEqual({ ok: false, reason: 'wrong' });
    expect((await fetch(`${site.base}/admin/moderering`, as(cookie))).status).toBe(200);
    const csrf = await tokenOn('/admin/moderering/losenord', cookie);
    const fifth = await post(`${site.base}/admin/moderering/losenord`, new URLSearchParams({ csrf, current: 'gissning nummer 5', password: 'ett nytt lösenord här' }), { cookie });
    expect(fifth.status).toBe(401);
    expect(fifth.headers.get('set-cookie')).toMatch(/upptack_moderator=;/);
    expect(visibleText(await fifth.text())).toContain('Kontot är låst en stund');
    expect((await fetch(`${site.base}/admin/moderering`, as(cookie))).status).toBe(303);
    expect((await login('gustav@vaxjo.example', 'gustavs riktiga lösenord')).status).toBe(401);
  });
});
