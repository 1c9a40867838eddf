import type { Config } from '../../config/load-config.js';
import { LIMITS } from '../../domain/submission.js';
import { type Lang, t } from '../i18n.js';
import type { FieldErrors, FormValues } from '../submission-input.js';
import { CHALLENGE_PATH, submissionPaths } from '../submission-paths.js';

/** What kind of form: a new tip, the organiser's edit (pending), or an editor's edit. */
export type FormMode = 'new' | 'organiser' | 'moderator';

export interface Choice {
  value: string;
  label: string;
  checked: boolean;
}

/** One field's error as the template shows it: next to the field and, linked, in the summary at the top. */
interface FieldError {
  id: string;
  text: string;
}

export interface SubmitFormModel {
  lang: Lang;
  mode: FormMode;
  action: string;
  csrf: string;
  version: number | null;
  values: FormValues;
  dates: { index: number; date: string; start: string; end: string; error: string | null; first: boolean }[];
  categories: Choice[];
  audiences: Choice[];
  accessibility: Choice[];
  venues: string[];
  priceFree: boolean;
  pricePaid: boolean;
  /** Field → translated message. */
  errors: Record<string, string>;
  summary: FieldError[];
  /** The message over the whole form (abuse checks, an expired form). */
  formError: string | null;
  /** A picture already with the submission, or kept from the last try: its name and where to see it. */
  image: { name: string; src: string | null; width: number; height: number } | null;
  uploadToken: string | null;
  showContact: boolean;
  /** The ALTCHA widget's challenge URL and language; null for editors. */
  altcha: { challenge: string; language: Lang } | null;
  limits: typeof LIMITS;
  maxImageMb: number;
  maxImageBytes: number;
  privacyHref: string;
  retentionDays: number;
  submitLabel: string;
  cancelHref: string | null;
  map: { tileUrl: string; attribution: string; lat: number; lng: number };
}

/** The field each error key belongs to, for the summary's links (`date.2` → the third date row). */
function fieldId(key: string): string {
  if (key.startsWith('date.')) return `f-date-${key.slice(5)}`;
  const ids: Record<string, string> = { place: 'f-venue', price: 'f-price-free', categories: 'f-cat-0', consent: 'f-consent', altcha: 'f-altcha', image: 'f-image', dates: 'f-date-0' };
  return ids[key] ?? `f-${key}`;
}

function choices(items: { id: string; sv: string; en: string }[], chosen: string[], lang: Lang): Choice[] {
  return items.map((c) => ({ value: c.id, label: c[lang], checked: chosen.includes(c.id) }));
}

export interface FormModelInput {
  lang: Lang;
  mode: FormMode;
  action: string;
  csrf: string;
  version: number | null;
  values: FormValues;
  errors: FieldErrors;
  formError?: string | null;
  image?: SubmitFormModel['image'];
  uploadToken?: string | null;
  cancelHref?: string | null;
}

export function submitFormModel(config: Config, input: FormModelInput): SubmitFormModel {
  const { lang, values, errors } = input;
  const { submissions, map, site } = config.app;
  const maxImageMb = Math.floor(submissions.maxImageBytes / 1_000_000);
  const translated = Object.fromEntries(Object.entries(errors).map(([k, key]) => [k, t(lang, key, { max: maxImageMb })]));
  const rows = values.dates.length ? values.dates : [{ date: '', start: '', end: '' }];
  return {
    lang,
    mode: input.mode,
    action: input.action,
    csrf: input.csrf,
    version: input.version,
    values,
    dates: rows.map((d, index) => ({ index, ...d, error: translated[`date.${index}`] ?? null, first: index === 0 })),
    categories: choices(config.taxonomy.categories, values.categories, lang),
    audiences: choices(config.taxonomy.audiences, values.audiences, lang),
    accessibility: choices(config.taxonomy.accessibility, values.accessibility, lang),
    venues: config.venues.map((v) => v.name),
    priceFree: values.priceKind === 'free',
    pricePaid: values.priceKind === 'paid',
    errors: translated,
    summary: Object.entries(translated).map(([k, text]) => ({ id: fieldId(k), text })),
    formError: input.formError ?? null,
    image: input.image ?? null,
    uploadToken: input.uploadToken ?? null,
    showContact: input.mode === 'new',
    altcha: input.mode === 'new' ? { challenge: CHALLENGE_PATH, language: lang } : null,
    limits: LIMITS,
    maxImageMb,
    maxImageBytes: submissions.maxImageBytes,
    privacyHref: submissionPaths(lang).privacy,
    retentionDays: submissions.contactRetentionDays,
    submitLabel: t(lang, input.mode === 'new' ? 'submit.send' : 'submit.save'),
    cancelHref: input.cancelHref ?? null,
    map: { tileUrl: map.tileUrl, attribution: map.attribution, lat: site.centre.lat, lng: site.centre.lng },
  };
}
