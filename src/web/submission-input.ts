import { z } from 'zod';
import type { VenueRegistry } from '../config/data-schemas.js';
import type { Lang } from '../domain/lang.js';
import { LIMITS, type SubmissionDate, type SubmissionEvent, submissionEventSchema } from '../domain/submission.js';
import { fold } from '../domain/text.js';
import { addLocalDays, startOfLocalDay, toWallTime } from '../domain/time.js';

/*
 * The submission form's fields → the event to store, or the mistakes to show next to each field. Pure: the clock,
 * the zone and the vocabularies are passed in. Every text is checked against the limits in src/domain/submission.ts;
 * what the visitor typed comes back unchanged (`values`) so the form can be shown again with it.
 */

/** The form's fields as typed (the page renders them back after a mistake). */
export interface FormValues {
  title: string;
  description: string;
  dates: { date: string; start: string; end: string }[];
  venue: string;
  address: string;
  lat: string;
  lng: string;
  categories: string[];
  audiences: string[];
  accessibility: string[];
  priceKind: string;
  price: string;
  url: string;
  organizer: string;
  imageAlt: string;
  contactName: string;
  contactEmail: string;
  consent: boolean;
}

/** Field (or `date.N`) → message key (src/web/messages). */
export type FieldErrors = Record<string, string>;

export interface FormVocabulary {
  categories: ReadonlySet<string>;
  audiences: ReadonlySet<string>;
  accessibility: ReadonlySet<string>;
  venues: VenueRegistry;
  timeZone: string;
  /** Pins further than this from the centre are refused (a slip of the finger on the map). */
  centre: { lat: number; lng: number };
}

export interface ReadForm {
  values: FormValues;
  event: SubmissionEvent | null;
  contact: { name: string; email: string } | null;
  errors: FieldErrors;
}

/** Dates this far ahead at most. */
const MAX_DAYS_AHEAD = 730;
const MAX_PIN_KM = 100;

type Fields = Record<string, string[]>;
const one = (f: Fields, name: string, max = 10_000) => (f[name]?.[0] ?? '').slice(0, max);
const many = (f: Fields, name: string) => (f[name] ?? []).slice(0, 50);

export function formValues(f: Fields): FormValues {
  const dates = many(f, 'date').map((date, i) => ({ date: date.trim(), start: (f.start?.[i] ?? '').trim(), end: (f.end?.[i] ?? '').trim() }));
  return {
    title: one(f, 'title', 1000),
    description: one(f, 'description', 20_000),
    dates: dates.length ? dates : [{ date: '', start: '', end: '' }],
    venue: one(f, 'venue', 1000).trim(),
    address: one(f, 'address', 1000).trim(),
    lat: one(f, 'lat', 30).trim(),
    lng: one(f, 'lng', 30).trim(),
    categories: many(f, 'categories'),
    audiences: many(f, 'audiences'),
    accessibility: many(f, 'accessibility'),
    priceKind: one(f, 'priceKind', 10),
    price: one(f, 'price', 1000).trim(),
    url: one(f, 'url', 2000).trim(),
    organizer: one(f, 'organizer', 1000).trim(),
    imageAlt: one(f, 'imageAlt', 1000).trim(),
    contactName: one(f, 'contactName', 1000).trim(),
    contactEmail: one(f, 'contactEmail', 1000).trim(),
    consent: one(f, 'consent', 10) === 'yes',
  };
}

function text(value: string, limits: { min: number; max: number }, key: string, errors: FieldErrors, field: string): string {
  const v = value.trim();
  if (v.length < limits.min) errors[field] = `submit.error.${key}Short`;
  else if (v.length > limits.max) errors[field] = `submit.error.${key}Long`;
  return v;
}

function optional(value: string, max: number, field: string, errors: FieldErrors): string | null {
  if (value.length > max) errors[field] = 'submit.error.tooLong';
  return value ? value : null;
}

function localDayNumber(epoch: number, tz: string): number {
  const w = toWallTime(epoch, tz);
  return Date.UTC(w.year, w.month - 1, w.day) / 86_400_000;
}

function readDates(values: FormValues['dates'], now: number, tz: string, errors: FieldErrors): SubmissionDate[] {
  const today = localDayNumber(startOfLocalDay(now, tz), tz);
  const last = localDayNumber(addLocalDays(now, MAX_DAYS_AHEAD, tz), tz);
  const out: SubmissionDate[] = [];
  values.forEach((d, i) => {
    if (!d.date && !d.start && !d.end) return;
    const date = z.iso.date().safeParse(d.date);
    const time = /^([01]\d|2[0-3]):[0-5]\d$/;
    if (!date.success) errors[`date.${i}`] = 'submit.error.dateInvalid';
    else if (Date.parse(`${d.date}T00:00:00Z`) / 86_400_000 < today) errors[`date.${i}`] = 'submit.error.datePast';
    else if (Date.parse(`${d.date}T00:00:00Z`) / 86_400_000 > last) errors[`date.${i}`] = 'submit.error.dateFar';
    else if (d.start && !time.test(d.start)) errors[`date.${i}`] = 'submit.error.timeInvalid';
    else if (d.end && !time.test(d.end)) errors[`date.${i}`] = 'submit.error.timeInvalid';
    else if (d.end && !d.start) errors[`date.${i}`] = 'submit.error.endWithoutStart';
    else out.push({ date: d.date, start: d.start || null, end: d.end || null });
  });
  if (out.length === 0 && !Object.keys(errors).some((k) => k.startsWith('date.'))) errors['date.0'] = 'submit.error.dateMissing';
  if (out.length > LIMITS.dates) errors.dates = 'submit.error.tooManyDates';
  // The same day and time twice is one occurrence.
  return [...new Map(out.map((d) => [`${d.date} ${d.start}`, d])).values()].sort((a, b) => `${a.date}${a.start}`.localeCompare(`${b.date}${b.start}`));
}

function readPlace(v: FormValues, vocab: FormVocabulary, errors: FieldErrors): SubmissionEvent['place'] {
  const wanted = fold(v.venue);
  const known = wanted ? vocab.venues.find((x) => fold(x.name) === wanted || x.aliases.some((a) => fold(a) === wanted)) : undefined;
  const lat = v.lat ? Number(v.lat) : null;
  const lng = v.lng ? Number(v.lng) : null;
  const pinned = lat !== null && lng !== null && Number.isFinite(lat) && Number.isFinite(lng);
  if ((v.lat || v.lng) && !pinned) errors.place = 'submit.error.pinInvalid';
  else if (pinned && distanceKm(vocab.centre, { lat, lng }) > MAX_PIN_KM) errors.place = 'submit.error.pinFar';
  const name = optional(v.venue, LIMITS.venueName, 'place', errors);
  const address = optional(v.address, LIMITS.address, 'place', errors);
  if (!known && !address && !pinned && !errors.place) errors.place = 'submit.error.placeMissing';
  if (known) return { venueId: known.id, name: known.name, address: null, lat: null, lng: null };
  return { venueId: null, name, address, lat: pinned ? lat : null, lng: pinned ? lng : null };
}

function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const x = (b.lng - a.lng) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  return Math.hypot(x, (b.lat - a.lat) * rad) * 6371;
}

function chosen(values: string[], allowed: ReadonlySet<string>): string[] {
  return [...new Set(values.filter((v) => allowed.has(v)))];
}

function readUrl(value: string, errors: FieldErrors): string | null {
  if (!value) return null;
  const withScheme = /^www\./i.test(value) ? `https://${value}` : value;
  const ok = z.url({ protocol: /^https?$/ }).max(LIMITS.url).safeParse(withScheme);
  if (!ok.success) errors.url = 'submit.error.urlInvalid';
  return ok.success ? ok.data : null;
}

function readContact(v: FormValues, errors: FieldErrors): { name: string; email: string } {
  const name = text(v.contactName, LIMITS.contactName, 'contactName', errors, 'contactName');
  const email = z.email().max(LIMITS.email).safeParse(v.contactEmail);
  if (!email.success) errors.contactEmail = 'submit.error.emailInvalid';
  if (!v.consent) errors.consent = 'submit.error.consentMissing';
  return { name, email: v.contactEmail };
}

/**
 * Reads and checks the form. `hasImage` says whether a picture comes with it (new or kept): then its alt text is
 * required. The organiser's contact is read only when `withContact` (an editor's edit has none).
 */
export function readSubmissionForm(
  fields: Fields,
  ctx: { vocab: FormVocabulary; now: number; lang: Lang; hasImage: boolean; withContact: boolean },
): ReadForm {
  const values = formValues(fields);
  const errors: FieldErrors = {};
  const title = text(values.title, LIMITS.title, 'title', errors, 'title');
  const description = text(values.description, LIMITS.description, 'description', errors, 'description');
  const dates = readDates(values.dates, ctx.now, ctx.vocab.timeZone, errors);
  const place = readPlace(values, ctx.vocab, errors);
  const categories = chosen(values.categories, ctx.vocab.categories);
  if (categories.length === 0) errors.categories = 'submit.error.categoryMissing';
  if (categories.length > LIMITS.categories) errors.categories = 'submit.error.tooManyCategories';
  if (values.priceKind !== 'free' && values.priceKind !== 'paid') errors.price = 'submit.error.priceKindMissing';
  const price = values.priceKind === 'paid' ? optional(values.price, LIMITS.price, 'price', errors) : null;
  if (values.priceKind === 'paid' && !price && !errors.price) errors.price = 'submit.error.priceMissing';
  const imageAlt = ctx.hasImage ? text(values.imageAlt, LIMITS.alt, 'imageAlt', errors, 'imageAlt') : null;
  const event = {
    title,
    description,
    dates,
    place,
    categories,
    audiences: chosen(values.audiences, ctx.vocab.audiences),
    accessibility: chosen(values.accessibility, ctx.vocab.accessibility),
    free: values.priceKind === 'free',
    price,
    url: readUrl(values.url, errors),
    organizer: optional(values.organizer, LIMITS.organizer, 'organizer', errors),
    imageAlt,
    lang: ctx.lang,
  };
  const contact = ctx.withContact ? readContact(values, errors) : null;
  if (Object.keys(errors).length > 0) return { values, event: null, contact: null, errors };
  // The stored shape's own check: the same schema the database rows are read back with.
  const checked = submissionEventSchema.safeParse(event);
  if (!checked.success) return { values, event: null, contact: null, errors: { form: 'submit.error.invalid' } };
  return { values, event: checked.data, contact, errors };
}

/** The form filled with a stored event (the organiser's or an editor's edit). */
export function valuesOf(event: SubmissionEvent, contact: { name: string; email: string } | null): FormValues {
  return {
    title: event.title,
    description: event.description,
    dates: event.dates.map((d) => ({ date: d.date, start: d.start ?? '', end: d.end ?? '' })),
    venue: event.place.name ?? '',
    address: event.place.address ?? '',
    lat: event.place.lat?.toString() ?? '',
    lng: event.place.lng?.toString() ?? '',
    categories: event.categories,
    audiences: event.audiences,
    accessibility: event.accessibility,
    priceKind: event.free ? 'free' : 'paid',
    price: event.price ?? '',
    url: event.url ?? '',
    organizer: event.organizer ?? '',
    imageAlt: event.imageAlt ?? '',
    contactName: contact?.name ?? '',
    contactEmail: contact?.email ?? '',
    consent: contact !== null,
  };
}
