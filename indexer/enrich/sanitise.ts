import sanitizeHtml from 'sanitize-html';

/** The small safe subset of HTML a description may keep. Links get rel and target set. */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'ul', 'ol', 'li', 'a'],
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener nofollow ugc', target: '_blank' }),
    b: 'strong',
    i: 'em',
  },
  disallowedTagsMode: 'discard',
};

/** Real markup, not "<två>" or "a < b" in plain text. */
/** The event schema's limit on descriptions. */
const MAX_HTML = 20_000;

const looksLikeHtml = /<\/?(p|br|b|i|em|strong|a|ul|ol|li|div|span|h[1-6]|table|tr|td|img|font|section|article)\b[^>]*>|&(amp|lt|gt|quot|nbsp|#\d+|#x[0-9a-f]+);/i;

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Untrusted feed text → { html, text }: `html` is sanitised and safe to render unescaped; `text` is plain, for search
 * and snippets. Plain-text descriptions become paragraphs.
 */
export function sanitiseDescription(raw: string): { html: string; text: string } {
  const source = looksLikeHtml.test(raw)
    ? raw
    : raw
        .split(/\n{2,}/)
        .map((p) => `<p>${escapeText(p.trim()).replace(/\n/g, '<br>')}</p>`)
        .join('');
  // Cut before sanitising, never after: a cut in the output could leave a tag open in the page.
  let html = sanitizeHtml(source.slice(0, MAX_HTML), OPTIONS).trim();
  if (html.length > MAX_HTML) html = sanitizeHtml(html.slice(0, MAX_HTML - 2_000), OPTIONS).trim();
  const text = sanitizeHtml(html.replace(/<(br\s*\/?|\/p|\/li)>/g, ' $&'), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { html, text: text.slice(0, MAX_HTML) };
}

/** A title or name: tags dropped, entities decoded, whitespace folded. */
export function plainText(raw: string): string {
  return sanitiseDescription(raw).text;
}
