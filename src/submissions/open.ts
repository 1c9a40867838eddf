import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/app-schema.js';
import type { Logger } from '../logger.js';
import { spendChallenge } from '../store/altcha-repo.js';
import type { Database } from '../store/database.js';
import { sharedSecret } from '../store/secrets-repo.js';
import { type Accounts, createAccounts } from './accounts.js';
import { type Altcha, createAltcha } from './altcha.js';
import { createFormTokens, type FormTokens } from './form-tokens.js';
import type { SubmissionPreview } from './preview-port.js';
import { createSubmissionService, type Notifier, type SubmissionService } from './service.js';

/** Everything the submission form and the moderation pages need, ready to use (secrets read from the database). */
export interface Submissions {
  database: Database;
  service: SubmissionService;
  accounts: Accounts;
  altcha: Altcha;
  formTokens: FormTokens;
  preview: SubmissionPreview;
  /**
   * Publishes approved changes now (runs the `submissions` source in this process) instead of at the next scheduled
   * run. Null when this process does not run the indexer (compose runs it separately).
   */
  publishNow: (() => void) | null;
  /** Whether organisers are mailed (SMTP configured): the pages say so, or say to keep the link. */
  mailing: boolean;
}

export interface SubmissionsDeps {
  database: Database;
  app: AppConfig;
  now: () => number;
  logger: Logger;
  preview: SubmissionPreview;
  notifier: Notifier | null;
  publishNow?: (() => void) | null;
}

const secret = () => randomBytes(32).toString('base64url');

export async function openSubmissions(deps: SubmissionsDeps): Promise<Submissions> {
  const { database: db, app, now, logger } = deps;
  const at = now();
  const [altchaSecret, altchaKeySecret, formSecret] = [
    await sharedSecret(db, 'altcha-hmac', secret, at),
    await sharedSecret(db, 'altcha-key-hmac', secret, at),
    await sharedSecret(db, 'form-token-hmac', secret, at),
  ];
  return {
    database: db,
    service: createSubmissionService({ db, site: app.site, now, logger, notifier: deps.notifier }),
    accounts: createAccounts({ db, config: app.submissions, now, logger }),
    altcha: createAltcha({ ...app.submissions.altcha, secret: altchaSecret, keySecret: altchaKeySecret }, (sig, exp) => spendChallenge(db, sig, exp)),
    formTokens: createFormTokens(formSecret),
    preview: deps.preview,
    publishNow: deps.publishNow ?? null,
    mailing: deps.notifier !== null,
  };
}
