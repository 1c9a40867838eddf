import { createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { AppConfig } from '../config/app-schema.js';

/*
 * ALTCHA proof of work, served and checked here (no third party, no cookie): the browser must find the counter the
 * server chose by deriving PBKDF2 keys until one starts with the signed prefix, so each submission costs a client a
 * few hundred thousand PBKDF2 rounds. The challenge carries its own issue time (signed), checked against the app's
 * clock, and a solution is spent once (`spend`).
 */

export const ALTCHA_ALGORITHM = 'PBKDF2/SHA-256';

export type AltchaVerdict = 'ok' | 'missing' | 'invalid' | 'expired' | 'replayed';

export interface Altcha {
  challenge(now: number): Promise<Challenge>;
  verify(payload: unknown, now: number): Promise<AltchaVerdict>;
}

interface Payload {
  challenge: Challenge;
  solution: { counter: number; derivedKey: string };
}

function parse(payload: unknown): Payload | null {
  if (typeof payload !== 'string' || payload.length === 0 || payload.length > 8000) return null;
  try {
    const value = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as Payload;
    return value && typeof value === 'object' && value.challenge?.parameters && value.solution ? value : null;
  } catch {
    return null;
  }
}

export function createAltcha(
  opts: AppConfig['submissions']['altcha'] & { secret: string; keySecret: string },
  spend: (signature: string, expiresAt: number) => Promise<boolean>,
): Altcha {
  const maxAge = opts.expiresMinutes * 60;
  return {
    challenge: (now) =>
      createChallenge({
        algorithm: ALTCHA_ALGORITHM,
        cost: opts.cost,
        // The counter the client has to reach: the work is about this many derivations.
        counter: randomInt(Math.ceil(opts.maxCounter / 2), opts.maxCounter),
        deriveKey,
        data: { issuedAt: now },
        hmacSignatureSecret: opts.secret,
        hmacKeySignatureSecret: opts.keySecret,
      }),
    async verify(raw, now) {
      if (raw === undefined || raw === null || raw === '') return 'missing';
      const payload = parse(raw);
      if (!payload) return 'invalid';
      const result = await verifySolution({
        challenge: payload.challenge,
        solution: payload.solution,
        deriveKey,
        hmacSignatureSecret: opts.secret,
        hmacKeySignatureSecret: opts.keySecret,
      }).catch(() => null);
      if (!result?.verified) return 'invalid';
      // Signed with the challenge, so a client cannot make an old challenge young.
      const issuedAt = Number(payload.challenge.parameters.data?.issuedAt);
      if (!Number.isFinite(issuedAt) || now - issuedAt > maxAge || issuedAt > now + 60) return 'expired';
      return (await spend(payload.challenge.signature as string, issuedAt + maxAge)) ? 'ok' : 'replayed';
    },
  };
}
