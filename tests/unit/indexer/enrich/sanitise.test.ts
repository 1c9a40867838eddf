import { describe, expect, it } from 'vitest';
import { plainText, sanitiseDescription } from '../../../../indexer/enrich/sanitise.js';

describe('sanitising feed text', () => {
  it('keeps a small safe subset of HTML and drops scripts, handlers and styles', () => {
    const { html, text } = sanitiseDescription('<p onclick="x()">Hej <b>där</b><script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">länk</a></p>');
    expect(html).toBe('<p>Hej <strong>där</strong><a rel="noopener nofollow ugc" target="_blank">länk</a></p>');
    expect(text).toBe('Hej därlänk');
  });

  it('turns plain text with line breaks into paragraphs and keeps words apart in the text', () => {
    const { html, text } = sanitiseDescription('Rad ett\nrad två\n\nStycke <två> & mer');
    expect(html).toBe('<p>Rad ett<br />rad två</p><p>Stycke &lt;två&gt; &amp; mer</p>');
    expect(text).toBe('Rad ett rad två Stycke <två> & mer');
  });

  it('decodes entities in titles', () => {
    expect(plainText('Rock &amp; Roll&nbsp;kväll')).toBe('Rock & Roll kväll');
  });
});

describe('long descriptions', () => {
  it('are cut before sanitising, so no tag is left open', () => {
    const raw = '<p>'.concat('<a href="https://vaxjo.se/">länk</a> text '.repeat(2000), '</p>');
    const { html } = sanitiseDescription(raw);
    expect(html.length).toBeLessThanOrEqual(20_000);
    expect(sanitiseDescription(html).html).toBe(html);
    expect(html.endsWith('</p>')).toBe(true);
  });
});
