import type { Lang } from '../i18n.js';

type Doc = { info: { title: string; description?: string }; servers?: { url: string }[]; paths?: Record<string, unknown> };
type Schema = { type?: string; enum?: unknown[]; items?: Schema; description?: string; example?: unknown; minimum?: number; maximum?: number; maxLength?: number; format?: string };
type Parameter = { name: string; in: string; description?: string; schema?: Schema };
type Operation = { summary?: string; description?: string; parameters?: Parameter[]; responses?: Record<string, { description?: string }> };

/** Text with `code` spans (the document's descriptions are CommonMark): segments the template marks up, escaped. */
export type Rich = { text: string; code: boolean }[];

export function rich(text: string): Rich {
  return text.split('`').map((part, i) => ({ text: part, code: i % 2 === 1 })).filter((p) => p.text !== '');
}

export interface ApiDocsModel {
  lang: Lang;
  pageTitle: string;
  title: string;
  description: Rich;
  server: string;
  operations: {
    id: string;
    method: string;
    route: string;
    summary: string;
    description: Rich;
    tryHref: string | null;
    parameters: { name: string; where: string; type: string; values: string; description: Rich }[];
    responses: { status: string; description: string }[];
  }[];
}

function typeOf(s: Schema | undefined): string {
  if (!s) return '';
  if (s.type === 'array') return `${typeOf(s.items)}[]`;
  return s.format ? `${s.type} (${s.format})` : (s.type ?? '');
}

function valuesOf(s: Schema | undefined): string {
  const e = s?.enum ?? s?.items?.enum;
  if (e) return e.join(', ');
  if (s?.minimum !== undefined || s?.maximum !== undefined) return `${s.minimum ?? ''}–${s.maximum ?? ''}`;
  return s?.example !== undefined ? `e.g. ${String(s.example)}` : '';
}

/** The reference page shown when Scalar's bundle is not installed: every operation, parameter and answer of the document. */
export function apiDocsModel(doc: Doc, lang: Lang): ApiDocsModel {
  const server = doc.servers?.[0]?.url ?? '';
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, op]) => ({
      id: `${method}-${path.replace(/[^a-z0-9]+/gi, '-')}`,
      method: method.toUpperCase(),
      route: path,
      summary: op.summary ?? '',
      description: rich(op.description ?? ''),
      tryHref: path.includes('{') ? null : `${server}${path}`,
      parameters: (op.parameters ?? []).map((p) => ({ name: p.name, where: p.in, type: typeOf(p.schema), values: valuesOf(p.schema), description: rich(p.description ?? p.schema?.description ?? '') })),
      responses: Object.entries(op.responses ?? {}).map(([status, r]) => ({ status, description: r.description ?? '' })),
    })),
  );
  return { lang, pageTitle: doc.info.title, title: doc.info.title, description: rich(doc.info.description ?? ''), server, operations };
}
