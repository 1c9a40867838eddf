import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, toMarkedText } from '../../../src/search/highlight.js';
import { scriptSafeJson } from '../../../src/web/json-ld.js';
import { eventIdFromSlug, slugify } from '../../../src/web/paths.js';
import { markedToSafeHtml } from '../../../src/web/view-models/event-card.js';

describe('what the web layer writes', () => {
  it('escapes text and only then marks highlights', () => {
    const formatted = `<b>${HIGHLIGHT_PRE}Jazz${HIGHLIGHT_POST}kväll</b> & "mer"`;
    expect(markedToSafeHtml(toMarkedText(formatted))).toBe('&lt;b&gt;<mark>Jazz</mark>kväll&lt;/b&gt; &amp; &quot;mer&quot;');
  });

  it('reads the engine marks into ranges of the plain text', () => {
    const marked = toMarkedText(`${HIGHLIGHT_PRE}Jazz${HIGHLIGHT_POST}kväll på ${HIGHLIGHT_PRE}Konserthuset${HIGHLIGHT_POST}`);
    expect(marked).toEqual({ text: 'Jazzkväll på Konserthuset', marks: [[0, 4], [13, 25]] });
    // A stray or unclosed mark never produces markup.
    expect(markedToSafeHtml(toMarkedText(`a${HIGHLIGHT_POST}b${HIGHLIGHT_PRE}c`))).toBe('abc');
  });

  it('keeps JSON-LD from closing its script element', () => {
    const json = scriptSafeJson({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>');
  });

  it('makes slugs from titles and reads the event id back, refusing anything else', () => {
    expect(slugify('Jazzkväll på Konserthuset!')).toBe('jazzkvall-pa-konserthuset');
    expect(eventIdFromSlug('jazzkvall--vaxjo-kommun-abc_123')).toBe('vaxjo-kommun-abc_123');
    expect(eventIdFromSlug('x--"><script>')).toBeNull();
  });
});
