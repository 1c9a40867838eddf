import { describe, expect, it } from 'vitest';
import { createFormTokens } from '../../../src/submissions/form-tokens.js';

const tokens = createFormTokens('a secret for the tests');
const NOW = 1_767_600_000;

describe('form tokens', () => {
  it('verify for their purpose and binding within their age', () => {
    const token = tokens.issue('submit', '', NOW);
    expect(tokens.verify(token, 'submit', '', NOW + 3600, 4 * 3600)).toBe(true);
  });

  it('fail for another form, another binding, another secret, when old, tampered or not a string', () => {
    const token = tokens.issue('edit', 'organiser:abc', NOW);
    expect(tokens.verify(token, 'withdraw', 'organiser:abc', NOW, 3600)).toBe(false);
    expect(tokens.verify(token, 'edit', 'organiser:xyz', NOW, 3600)).toBe(false);
    expect(createFormTokens('another secret').verify(token, 'edit', 'organiser:abc', NOW, 3600)).toBe(false);
    expect(tokens.verify(token, 'edit', 'organiser:abc', NOW + 3601, 3600)).toBe(false);
    const [at, nonce, mac] = token.split('.');
    expect(tokens.verify(`${Number(at) + 3600}.${nonce}.${mac}`, 'edit', 'organiser:abc', NOW + 3600, 7200)).toBe(false);
    expect(tokens.verify(undefined, 'edit', 'organiser:abc', NOW, 3600)).toBe(false);
  });
});
