/*
 * An organiser's plain text as the description HTML every source yields: paragraphs at blank lines, line breaks kept,
 * bare http(s) links made links. Everything else is escaped; the enrich step's sanitiser still runs over the result.
 */

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/gi;

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function linked(line: string): string {
  let out = '';
  let at = 0;
  for (const m of line.matchAll(URL_IN_TEXT)) {
    const index = m.index ?? 0;
    out += `${escapeText(line.slice(at, index))}<a href="${escapeText(m[0])}">${escapeText(m[0])}</a>`;
    at = index + m[0].length;
  }
  return out + escapeText(line.slice(at));
}

export function describe(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.split('\n').map(linked).join('<br>')}</p>`)
    .join('');
}
