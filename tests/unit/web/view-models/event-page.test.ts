import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import type { EventDoc } from '../../../../src/domain/event.js';
import { t } from '../../../../src/web/i18n.js';
import { type EventPageContext, eventPageModel } from '../../../../src/web/view-models/event-page.js';
import { sampleDoc } from '../../../support/sample-doc.js';

const ctx = (lang: 'sv' | 'en'): EventPageContext => ({ lang, tz: 'Europe/Stockholm', base: 'https://upptack.example', label: (_f, v) => v, alternate: null, back: '/sok' });
const page = (d: EventDoc, lang: 'sv' | 'en') => eventPageModel([d], d, [], ctx(lang));

const emigrants = sampleDoc({
  kind: 'experience', title: 'Utvandrarnas hus', venue: { name: 'Utvandrarnas hus', address: 'Vilhelm Mobergs gata 4, Växjö' },
  description: '<p>Om de över en miljon svenskar som utvandrade till Nordamerika.</p>', descriptionText: 'Om de över en miljon svenskar som utvandrade till Nordamerika.',
  englishText: 'In English: Ask the staff in English.', price: 'Entré 150 kr (gäller även Smålands museum).', priceRange: { from: 150, to: 150 },
  organizer: 'Kulturparken Småland', openingHours: null, openingHoursText: 'Tis–sön 10–17, sommartid även måndagar',
});

function render(d: EventDoc, lang: 'sv' | 'en'): string {
  const hbs = Handlebars.create();
  for (const name of ['media/image', 'search/card']) hbs.registerPartial(name, '');
  hbs.registerHelper('t', (key: string) => t(lang, key));
  return hbs.compile(readFileSync(new URL('../../../../views/pages/event.hbs', import.meta.url), 'utf8'))(page(d, lang));
}

describe('the event page\'s feed words on the English site', () => {
  it('give the price in our English words first, then the feed\'s as written, marked as Swedish', () => {
    expect(page(emigrants, 'en').price).toEqual({ amount: 'SEK 150', text: { text: 'Entré 150 kr (gäller även Smålands museum).', lang: 'sv', translated: false } });
    expect(page(emigrants, 'sv').price).toEqual({ amount: null, text: { text: 'Entré 150 kr (gäller även Smålands museum).', lang: null, translated: false } });
    expect(render(emigrants, 'en')).toContain('<h2>Price</h2><p>SEK 150</p><p lang="sv">Entré 150 kr (gäller även Smålands museum).</p>');
    expect(render(emigrants, 'sv')).toContain('<h2>Pris</h2><p>Entré 150 kr (gäller även Smålands museum).</p>');
  });

  it('mark the venue, organiser and the feed\'s words about opening hours as Swedish', () => {
    const html = render(emigrants, 'en');
    expect(html).toContain('<p><span lang="sv">Utvandrarnas hus<br>Vilhelm Mobergs gata 4, Växjö</span><br>Centrum</p>');
    expect(html).toContain('<p lang="sv">Kulturparken Småland</p>');
    expect(html).toContain('<p class="hours-note" lang="sv">Tis–sön 10–17, sommartid även måndagar</p>');
    const sv = render(emigrants, 'sv');
    expect(sv).not.toContain('lang="sv"');
  });

  it('show a feed\'s English note beside the Swedish text, which stays the page\'s text', () => {
    const model = page(emigrants, 'en');
    expect(model).toMatchObject({ englishSafeHtml: null, englishNote: 'Ask the staff in English.', contentLang: 'sv' });
    const about = /<section class="event-description"[\s\S]*?<\/section>/.exec(render(emigrants, 'en'))?.[0] ?? '';
    expect(about).toMatch(/<div lang="sv"><p>Om de över en miljon[\s\S]*<p class="english-note"><strong>In English:<\/strong> Ask the staff in English.<\/p>/);
    expect(about).not.toContain('In Swedish');
    expect(page(emigrants, 'sv').englishNote).toBeNull();
  });

  it('show a translation first, as before', () => {
    const model = page({ ...emigrants, englishText: 'The House of Emigrants tells of the Swedes who left.', englishDescription: '<p>The House of Emigrants tells of the Swedes who left.</p>' }, 'en');
    expect(model).toMatchObject({ englishSafeHtml: '<p>The House of Emigrants tells of the Swedes who left.</p>', englishNote: null });
  });
});
