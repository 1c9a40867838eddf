import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { formVocabulary } from '../../../src/web/submission-form-flow.js';
import { readSubmissionForm } from '../../../src/web/submission-input.js';

const config = loadConfig({ LOG_LEVEL: 'silent' });
const vocab = formVocabulary(config);
const NOW = Date.parse('2026-01-05T08:00:00Z') / 1000;

const good: Record<string, string[]> = {
  title: ['Schackturnering'],
  description: ['Kom och spela schack med oss i biblioteket.'],
  date: ['2026-01-10', ''],
  start: ['13:00', ''],
  end: ['16:00', ''],
  venue: ['växjö STADSBIBLIOTEK'],
  categories: ['lecture', 'not-a-category'],
  audiences: ['children-family'],
  priceKind: ['paid'],
  price: ['50 kr'],
  url: ['www.example.org/schack'],
  contactName: ['Anna'],
  contactEmail: ['anna@example.org'],
  consent: ['yes'],
};

const read = (over: Record<string, string[]> = {}, opts: { hasImage?: boolean; withContact?: boolean } = {}) =>
  readSubmissionForm({ ...good, ...over }, { vocab, now: NOW, lang: 'sv', hasImage: opts.hasImage ?? false, withContact: opts.withContact ?? true });

describe('reading the submission form', () => {
  it('turns a good form into the stored event and the contact, kept apart', () => {
    const r = read();
    expect(r.errors).toEqual({});
    expect(r.event).toMatchObject({
      title: 'Schackturnering',
      dates: [{ date: '2026-01-10', start: '13:00', end: '16:00' }],
      place: { venueId: 'stadsbiblioteket', name: 'Växjö stadsbibliotek', address: null, lat: null, lng: null },
      categories: ['lecture'],
      free: false,
      price: '50 kr',
      url: 'https://www.example.org/schack',
      imageAlt: null,
      lang: 'sv',
    });
    expect(JSON.stringify(r.event)).not.toContain('anna@example.org');
    expect(r.contact).toEqual({ name: 'Anna', email: 'anna@example.org' });
  });

  it('names each mistake by its field', () => {
    const r = read({ title: ['x'], date: ['2026-01-04', '2026-13-01', '2026-01-12'], start: ['', '', ''], end: ['', '', '18:00'], venue: [''], url: ['javascript:alert(1)'], contactEmail: ['anna'], consent: [] });
    expect(r.event).toBeNull();
    expect(r.errors).toEqual({
      title: 'submit.error.titleShort',
      'date.0': 'submit.error.datePast',
      'date.1': 'submit.error.dateInvalid',
      'date.2': 'submit.error.endWithoutStart',
      place: 'submit.error.placeMissing',
      url: 'submit.error.urlInvalid',
      contactEmail: 'submit.error.emailInvalid',
      consent: 'submit.error.consentMissing',
    });
  });

  it('requires alt text with a picture, and not without one', () => {
    expect(read({}, { hasImage: true }).errors).toEqual({ imageAlt: 'submit.error.imageAltShort' });
    expect(read({ imageAlt: ['Två schackspelare vid ett bräde'] }, { hasImage: true }).event?.imageAlt).toBe('Två schackspelare vid ett bräde');
    expect(read({ imageAlt: ['ignored'] }).event?.imageAlt).toBeNull();
  });

  it('takes a place outside the registry by address or by a pin within reach of the municipality', () => {
    expect(read({ venue: ['Föreningsgården'], address: ['Storgatan 1, Växjö'] }).event?.place).toEqual({ venueId: null, name: 'Föreningsgården', address: 'Storgatan 1, Växjö', lat: null, lng: null });
    expect(read({ venue: [''], lat: ['56.9'], lng: ['14.8'] }).event?.place).toMatchObject({ lat: 56.9, lng: 14.8 });
    expect(read({ venue: [''], lat: ['59.33'], lng: ['18.06'] }).errors.place).toBe('submit.error.pinFar');
    expect(read({ venue: [''], lat: ['abc'], lng: ['14'] }).errors.place).toBe('submit.error.pinInvalid');
  });

  it('caps categories at three and dates at twenty', () => {
    expect(read({ categories: ['music', 'dance', 'film', 'art'] }).errors.categories).toBe('submit.error.tooManyCategories');
    const many = Array.from({ length: 21 }, (_, i) => `2026-02-${String(i + 1).padStart(2, '0')}`);
    expect(read({ date: many, start: many.map(() => '10:00'), end: many.map(() => '') }).errors.dates).toBe('submit.error.tooManyDates');
  });

  it('needs a price when it costs, and none when free', () => {
    expect(read({ price: [''] }).errors.price).toBe('submit.error.priceMissing');
    expect(read({ priceKind: ['free'], price: ['50 kr'] }).event).toMatchObject({ free: true, price: null });
  });

  it('leaves the contact out of an edit', () => {
    const r = read({ contactName: [''], contactEmail: [''], consent: [] }, { withContact: false });
    expect(r.errors).toEqual({});
    expect(r.contact).toBeNull();
  });
});
