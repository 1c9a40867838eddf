import nodemailer from 'nodemailer';
import type { AppConfig } from '../config/app-schema.js';
import type { Logger } from '../logger.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail; resolves false when it could not (the caller carries on: the organiser also has the link on screen). */
export interface Mailer {
  send(mail: Mail): Promise<boolean>;
  close(): void;
}

/** A mailer over `smtp.url`, or null when no SMTP server is configured. */
export function createMailer(smtp: AppConfig['smtp'], logger: Logger): Mailer | null {
  if (!smtp.url) return null;
  const log = logger.child({ module: 'mail' });
  const transport = nodemailer.createTransport(smtp.url, { from: smtp.from });
  return {
    async send(mail) {
      try {
        await transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text });
        return true;
      } catch (err) {
        // Never the address: the log is read by more people than the database.
        log.warn({ code: 'MAIL_FAILED', reason: (err as Error).message.slice(0, 200) }, 'mail not sent');
        return false;
      }
    },
    close: () => transport.close(),
  };
}
