import { describe, expect, it } from 'vitest';
import { dropGuard } from '../../../indexer/drop-guard.js';

const base = { heldBefore: null, confirmedAt: undefined, maxShare: 0.5, now: 1000 };

describe('drop guard', () => {
  it('applies growth, small losses and a loss of exactly the allowed share', () => {
    for (const [indexed, found] of [[0, 0], [10, 12], [10, 9], [10, 5], [1, 1]]) {
      expect(dropGuard({ ...base, indexed: indexed as number, found: found as number }).held).toBeNull();
    }
  });

  it('holds a source that yields nothing where the index has documents, however few', () => {
    expect(dropGuard({ ...base, indexed: 1, found: 0 }).held).toEqual({ since: 1000, indexed: 1, found: 0 });
  });

  it('holds a loss of more than the allowed share', () => {
    expect(dropGuard({ ...base, indexed: 16, found: 5 }).held).toEqual({ since: 1000, indexed: 16, found: 5 });
  });

  it('keeps the date the drop began while it is held', () => {
    const heldBefore = { since: 400, indexed: 16, found: 0 };
    expect(dropGuard({ ...base, indexed: 16, found: 2, heldBefore }).held).toEqual({ since: 400, indexed: 16, found: 2 });
  });

  it('applies the drop once an editor confirmed after it began, not before', () => {
    const heldBefore = { since: 400, indexed: 16, found: 0 };
    expect(dropGuard({ ...base, indexed: 16, found: 0, heldBefore, confirmedAt: 500 })).toEqual({ held: null, confirmed: true });
    expect(dropGuard({ ...base, indexed: 16, found: 0, heldBefore, confirmedAt: 300 }).held).not.toBeNull();
    // An old confirmation does not wave through a new drop.
    expect(dropGuard({ ...base, indexed: 16, found: 0, confirmedAt: 999 }).held).not.toBeNull();
  });
});
