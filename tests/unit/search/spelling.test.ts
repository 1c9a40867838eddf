import { describe, expect, it } from 'vitest';
import type { EventSummary, MarkedText } from '../../../src/search/ports.js';
import { correctionOf, editDistance } from '../../../src/search/spelling.js';

/** A hit whose title has the given words marked, as the engine highlights matches. */
function hit(title: string, marked: string[]): EventSummary {
  const marks = marked.map((m) => {
    const at = title.indexOf(m);
    return [at, at + m.length] as const;
  });
  const titleMarked: MarkedText = { text: title, marks };
  return { titleMarked, snippet: { text: '', marks: [] } } as unknown as EventSummary;
}

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one each', () => {
    expect(editDistance('konsrt', 'konsert')).toBe(1);
    expect(editDistance('museim', 'museum')).toBe(1);
    expect(editDistance('kosnert', 'konsert')).toBe(1);
    expect(editDistance('jazz', 'jazz')).toBe(0);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });
});

describe('did you mean', () => {
  it('suggests the spelling the top hits matched through a typo, from the whole highlighted word', () => {
    const hits = [hit('Konsert: folkmusik', ['Konser']), hit('Konsert i fastetid', ['Konser']), hit('Växjö konsthall', ['konst'])];
    expect(correctionOf('konsrt', hits)).toBe('konsert');
  });

  it('says nothing when the words matched as typed, without diacritics, or as a prefix', () => {
    expect(correctionOf('konsert', [hit('Konsert i domkyrkan', ['Konsert'])])).toBeNull();
    expect(correctionOf('vaxjo', [hit('Växjö konsthall', ['Växjö'])])).toBeNull();
    expect(correctionOf('konse', [hit('Konsert i domkyrkan', ['Konse'])])).toBeNull();
  });

  it('says nothing for words the search matched through their dictionary form or compound parts', () => {
    expect(correctionOf('konserterna', [hit('Konsert i domkyrkan', ['Konsert'])])).toBeNull();
    expect(correctionOf('barnföreställning', [hit('Föreställning för barn', ['Föreställning', 'barn'])])).toBeNull();
  });

  it('suggests a spelling only when the best hit has it or two of the top hits do, not one stray word', () => {
    // "fiska": the fishing events matched through a compound ("isfiske"); one snippet further down typo-matched "fika".
    const fishing = [hit('Prova på isfiske', ['isfiske']), hit('Pimpeltävling för familjen', ['familjen']), hit('Babyvisning och fika', ['fika'])];
    expect(correctionOf('fiska', fishing)).toBeNull();
    expect(correctionOf('museim', [hit('Smålands museum', ['museum'])])).toBe('museum');
  });

  it('keeps the other words of the query as typed', () => {
    expect(correctionOf('jazz konsrt', [hit('Konsert med jazz', ['Konser', 'jazz']), hit('Jazzkonsert', ['Jazz'])])).toBe('jazz konsert');
  });

  it('says nothing without hits', () => {
    expect(correctionOf('xyzzy', [])).toBeNull();
  });
});
