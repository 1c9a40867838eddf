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

describe('an English paragraph much shorter than the Swedish text', () => {
  // From config/sample-feeds/vaxjo-kommun.ics: the English site showed only the note, never that it is a street-art walk.
  const streetArt =
    'Upptäck väggmålningar, skulpturer och glaskonst i stadsrummet tillsammans med konsthallens guide. Vi börjar vid ' +
    'Växjö konsthall och avslutar på Glasgatan.\nPris 50 kr. In English: The guide can answer questions in English.';

  it('is a note beside the Swedish text, not its translation', () => {
    const split = splitEnglish(streetArt);
    expect(split.english).toBe('The guide can answer questions in English.');
    expect(split.englishNote).toBe(true);
    expect(split.html).toContain('Glasgatan');
  });

  it('is a translation from half the Swedish text\'s length on', () => {
    const swedish = 'Öva svenska över en kopp kaffe.'; // 31 characters
    expect(splitEnglish(`${swedish} In English: Speak Swedish.`).englishNote).toBe(true); // 14: under half
    expect(splitEnglish(`${swedish} In English: Practise Swedish.`).englishNote).toBe(false); // 17
    expect(splitEnglish('Sagor för barn. In English: Stories for children.').englishNote).toBe(false);
    expect(splitEnglish('Bara svenska.').englishNote).toBe(false);
  });
});
