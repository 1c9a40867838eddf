import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { describe, expect, it } from 'vitest';
import { createAltcha } from '../../../src/submissions/altcha.js';

const NOW = 1_767_600_000;

function altcha() {
  const spent = new Set<string>();
  const spend = async (sig: string) => {
    if (spent.has(sig)) return false;
    spent.add(sig);
    return true;
  };
  return createAltcha({ cost: 10, maxCounter: 20, expiresMinutes: 60, secret: 's1', keySecret: 's2' }, spend);
}

async function solved(a: ReturnType<typeof altcha>, at = NOW): Promise<string> {
  const challenge = (await a.challenge(at)) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

describe('ALTCHA proof of work', () => {
  it('accepts a solved challenge once', async () => {
    const a = altcha();
    const payload = await solved(a);
    expect(await a.verify(payload, NOW + 5)).toBe('ok');
    expect(await a.verify(payload, NOW + 6)).toBe('replayed');
  });

  it('refuses a challenge older than its lifetime by the app clock, and one from another server', async () => {
    const a = altcha();
    expect(await a.verify(await solved(a), NOW + 3601)).toBe('expired');
    const other = createAltcha({ cost: 10, maxCounter: 20, expiresMinutes: 60, secret: 'other', keySecret: 'other2' }, async () => true);
    expect(await a.verify(await solved(other as ReturnType<typeof altcha>), NOW)).toBe('invalid');
  });

  it('refuses nothing, garbage and a payload whose issue time was changed', async () => {
    const a = altcha();
    expect(await a.verify(undefined, NOW)).toBe('missing');
    expect(await a.verify('not base64 json', NOW)).toBe('invalid');
    const payload = JSON.parse(Buffer.from(await solved(a), 'base64').toString());
    payload.challenge.parameters.data.issuedAt = NOW + 1000;
    expect(await a.verify(Buffer.from(JSON.stringify(payload)).toString('base64'), NOW + 1000)).toBe('invalid');
  });
});
