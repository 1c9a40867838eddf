import type { Config } from '../config/load-config.js';
import type { Lang } from '../domain/lang.js';
import { first } from '../domain/params.js';
import type { StoredImage } from '../store/images-repo.js';
import type { Submissions } from '../submissions/open.js';
import type { ImageChange } from '../submissions/service.js';
import { normaliseUpload, UploadRefused } from '../submissions/upload-image.js';
import type { FormBody } from './form-body.js';
import { type FormVocabulary, type ReadForm, readSubmissionForm } from './submission-input.js';

/*
 * The part of handling the event form that the new tip, the organiser's edit and an editor's edit share: the
 * picture (a new upload, one kept from the last try, the stored one, or none) and the fields.
 */

export function formVocabulary(config: Config): FormVocabulary {
  return {
    categories: new Set(config.taxonomy.categories.map((c) => c.id)),
    audiences: new Set(config.taxonomy.audiences.map((a) => a.id)),
    accessibility: new Set(config.taxonomy.accessibility.map((a) => a.id)),
    venues: config.venues,
    timeZone: config.app.site.timeZone,
    centre: config.app.site.centre,
  };
}

/** The form read, with its picture decided. */
export interface ReadEventForm extends ReadForm {
  image: ImageChange;
  /** A new upload that passed its checks (to keep for the next try when the form has other mistakes). */
  upload: (StoredImage & { fileName: string }) | null;
  /** The kept upload's token when the form came back with one (and still holds it). */
  keptToken: string | null;
  keptName: string | null;
}

/** Both upload problems and the size limit, as message keys next to the image field. */
function imageError(err: unknown): string {
  if (err instanceof UploadRefused) return `submit.error.image.${err.problem}`;
  throw err;
}

/**
 * Reads the fields and the picture. `stored` says whether the submission already has a picture (an edit): then no
 * new file means "keep it", unless "remove the picture" is ticked.
 */
export async function readEventForm(
  body: FormBody,
  ctx: { config: Config; submissions: Submissions; lang: Lang; now: number; stored: boolean; withContact: boolean },
): Promise<ReadEventForm> {
  const { submissions, config } = ctx;
  const file = body.files.image;
  let upload: ReadEventForm['upload'] = null;
  let problem: string | null = null;
  if (file && file.bytes.length > 0) {
    try {
      upload = { ...(await normaliseUpload(file.bytes, config.app.submissions.maxImageBytes)), fileName: file.name || 'bild' };
    } catch (err) {
      problem = imageError(err);
    }
  }
  const keptToken = first(body.fields.upload) ?? null;
  const kept = !upload && !problem ? await submissions.service.keptUpload(keptToken) : null;
  const remove = first(body.fields.removeImage) === 'yes';
  const image: ImageChange = upload
    ? { kind: 'new', image: upload }
    : kept && !remove
      ? { kind: 'new', image: kept }
      : ctx.stored && !remove
        ? { kind: 'keep' }
        : ctx.stored
          ? { kind: 'remove' }
          : { kind: 'keep' };
  const hasImage = image.kind === 'new' || (image.kind === 'keep' && ctx.stored);
  const read = readSubmissionForm(body.fields, { vocab: formVocabulary(config), now: ctx.now, lang: ctx.lang, hasImage, withContact: ctx.withContact });
  const errors = problem ? { ...read.errors, image: problem } : read.errors;
  return {
    ...read,
    event: problem ? null : read.event,
    errors,
    image,
    upload,
    keptToken: kept && !remove ? keptToken : null,
    keptName: kept && !remove ? kept.fileName : null,
  };
}
