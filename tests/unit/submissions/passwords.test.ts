import { describe, expect, it } from 'vitest';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../../../src/submissions/passwords.js';

describe('moderator passwords', () => {
  it('are stored as salted scrypt hashes that verify only the same password', async () => {
    const a = await hashPassword('correct horse battery staple');
    const b = await hashPassword('correct horse battery staple');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery staple', a)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', a)).toBe(false);
  });

  it('treat the same password in composed and decomposed Unicode alike (å typed on different keyboards)', async () => {
    const hash = await hashPassword('blåbärssoppa'.normalize('NFC'));
    expect(await verifyPassword('blåbärssoppa'.normalize('NFD'), hash)).toBe(true);
  });

  it('never verify against the dummy hash or a malformed one', async () => {
    expect(await verifyPassword('', DUMMY_HASH)).toBe(false);
    expect(await verifyPassword('anything', 'plain-text')).toBe(false);
  });
});
