import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * CSRF tokens without cookies or server state: each form carries `issuedAt.nonce.mac`, where the MAC covers the form's
 * purpose and what the form is bound to (a moderator's session, an organiser's link; nothing for the anonymous form).
 * A token from another form, another session or another site's copy of the page does not verify.
 */

export interface FormTokens {
  issue(purpose: string, binding: string, now: number): string;
  /** True when the token was issued here for this purpose and binding, at most `maxAgeS` ago. */
  verify(token: unknown, purpose: string, binding: string, now: number, maxAgeS: number): boolean;
}

export function createFormTokens(secret: string): FormTokens {
  const mac = (purpose: string, binding: string, issuedAt: number, nonce: string) =>
    createHmac('sha256', secret).update(`${purpose}\n${binding}\n${issuedAt}\n${nonce}`).digest('base64url');
  return {
    issue(purpose, binding, now) {
      const nonce = randomBytes(9).toString('base64url');
      return `${now}.${nonce}.${mac(purpose, binding, now, nonce)}`;
    },
    verify(token, purpose, binding, now, maxAgeS) {
      if (typeof token !== 'string' || token.length > 200) return false;
      const [at, nonce, given] = token.split('.');
      const issuedAt = Number(at);
      if (!nonce || !given || !Number.isInteger(issuedAt) || issuedAt > now + 60 || now - issuedAt > maxAgeS) return false;
      const expected = Buffer.from(mac(purpose, binding, issuedAt, nonce));
      const actual = Buffer.from(given);
      return actual.length === expected.length && timingSafeEqual(actual, expected);
    },
  };
}
