import { describe, expect, it } from 'vitest';
import { splitEnglish } from '../../../../indexer/enrich/english-text.js';

describe('a Swedish description\'s English paragraph', () => {
  it('is kept apart, and the Swedish text is shown without it while the whole stays searchable', () => {
    const raw = 'Följ med guiden från Stortorget. Pris 80 kr.\nIn English: Guided walk about the great fire of 1843.';
    const split = splitEnglish(raw);
    expect(split.english).toBe('Guided walk about the great fire of 1843.');
    expect(split.html).toBe('<p>Följ med guiden från Stortorget. Pris 80 kr.</p>');
    expect(split.text).toContain('Guided walk');
  });

  it('is found after a sentence or in HTML, and absent text gives none', () => {
    expect(splitEnglish('Öppet alla dagar. English: Open every day.').english).toBe('Open every day.');
    expect(splitEnglish('<p>Sagor för barn.</p><p>In English: Stories for children.</p>').english).toBe('Stories for children.');
    expect(splitEnglish('Vi läser på engelska ibland.').english).toBeNull();
  });
});
