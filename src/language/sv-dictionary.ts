import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A suffix rule read backwards: a word ending in `add` may be `stem - add + strip`, if that stem has `flag`. */
export interface Inflection {
  flag: string;
  strip: string;
  add: string;
  cond: RegExp;
}

/**
 * A Swedish word list for splitting compounds, read from a hunspell dictionary. Everything is lower case with å/ä/ö
 * kept: diacritics tell words apart ("far" / "får"), and Meilisearch folds them later anyway.
 */
export interface Dictionary {
  /** Each word (lemma) with its hunspell flags; `Y` marks a word that may end a compound. */
  words: ReadonlyMap<string, string>;
  /** Forms that may begin a compound ("stads", "sago", "gatu") → their lemma ("stad", "saga"), or '' if unknown. */
  firsts: ReadonlyMap<string, string>;
  /** Inflection rules keyed by the ending they add ("en", "erna"), to find "konsert" in "julkonserten". */
  inflections: ReadonlyMap<string, readonly Inflection[]>;
}

// Hunspell sv_SE flags (see its .aff): X/U may begin or sit inside a compound, Z occurs only inside compounds,
// Y may end one.
const FIRST_FLAGS = /[XUZ]/;
export const END_FLAG = 'Y';
// Lower-case Latin letters (å/ä/ö/é/ü…): a plain class, as `\p{Ll}` made loading twice as slow.
const LETTERS = /^[a-zß-öø-ÿ]+$/;

function ruleOf(fields: string[]) {
  const [, flag = '', strip = '', addField = '', cond = '.'] = fields;
  const [add = '', cont = ''] = addField.split('/');
  const clean = (s: string) => (s === '0' ? '' : s);
  return { flag, strip: clean(strip), add: clean(add), cont, cond: new RegExp(`${cond}$`, 'u') };
}

type Rule = ReturnType<typeof ruleOf>;

/** Rules that make a compound-first form ("gata" → "gatu-", "stad" → "stads-"), and the inflection rules. */
function parseAffixes(aff: string) {
  const generators = new Map<string, Rule[]>();
  const inflections = new Map<string, Inflection[]>();
  for (const line of aff.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields[0] !== 'SFX' || fields.length < 5) continue;
    const rule = ruleOf(fields);
    if (FIRST_FLAGS.test(rule.cont) || rule.add === '-') {
      generators.set(rule.flag, [...(generators.get(rule.flag) ?? []), rule]);
    } else if (LETTERS.test(rule.add) && !rule.cont) {
      // Only plain endings: ':' and '-' rules are for abbreviations and numbers.
      inflections.set(rule.add, [...(inflections.get(rule.add) ?? []), rule]);
    }
  }
  return { generators, inflections };
}

/**
 * The lines of `text` after the first (a .dic file's word count), one at a time: splitting all 150 000 at once doubled
 * the memory peak of loading.
 */
function* linesAfterFirst(text: string): Generator<string> {
  let end = text.indexOf('\n');
  while (end >= 0) {
    const start = end + 1;
    end = text.indexOf('\n', start);
    yield text.slice(start, end < 0 ? undefined : end);
  }
}

/**
 * Each lower-case, letters-only entry of a .dic file that may be part of a compound (`relevant` flags), with its
 * flags. Other entries — proper nouns, abbreviations, words that never compound — are left out: keeping all of them
 * made loading ~40% slower for nothing.
 */
function parseWords(dic: string, relevant: RegExp) {
  const words = new Map<string, string>();
  const hyphenated: string[] = [];
  for (const line of linesAfterFirst(dic)) {
    const slash = line.indexOf('/');
    const word = slash < 0 ? line.trimEnd() : line.slice(0, slash);
    // "gatu-", "abborr-": a form listed only to begin compounds.
    if (word.endsWith('-') && LETTERS.test(word.slice(0, -1))) hyphenated.push(word.slice(0, -1));
    if (slash < 0) continue;
    const flags = line.slice(slash + 1).trimEnd();
    if (!relevant.test(flags) || !LETTERS.test(word)) continue;
    const known = words.get(word);
    words.set(word, known === undefined ? flags : known + flags);
  }
  return { words, hyphenated };
}

/**
 * The lemma a bare compound form stands for, by the usual Swedish linking forms: sago → saga, gatu → gata, and the
 * Latin genitive of -um words: musei → museum ("museivisning"), lycei → lyceum.
 */
function lemmaOfForm(form: string, words: ReadonlyMap<string, string>): string {
  const stem = form.slice(0, -1);
  const candidates = [form, `${form}a`, `${form}e`, `${stem}a`, `${stem}e`, form.endsWith('s') ? stem : '', /(?:e|im)i$/.test(form) ? `${stem}um` : ''];
  return candidates.find((c) => c.length >= 2 && words.get(c)?.includes(END_FLAG)) ?? '';
}

function collectFirsts(words: Map<string, string>, hyphenated: string[], generators: Map<string, Rule[]>) {
  const firsts = new Map<string, string>();
  for (const [word, flags] of words) {
    // A form that occurs only in compounds ("sago", "skol") stands for a lemma we have to guess ("saga", "skola").
    const lemma = flags.includes('Z') ? lemmaOfForm(word, words) : word;
    if (FIRST_FLAGS.test(flags)) firsts.set(word, lemma);
    for (const flag of flags) {
      for (const r of generators.get(flag) ?? []) {
        if (!word.endsWith(r.strip) || !r.cond.test(word)) continue;
        const form = word.slice(0, word.length - r.strip.length) + r.add.replace('-', '');
        if (!firsts.get(form) && LETTERS.test(form)) firsts.set(form, lemma);
      }
    }
  }
  // Forms listed with a hyphen ("gatu-") are compound forms too.
  for (const form of hyphenated) if (!firsts.get(form)) firsts.set(form, lemmaOfForm(form, words));
  return firsts;
}

/**
 * Builds a dictionary from hunspell .aff and .dic text. `extra` words (e.g. the taxonomy's) may begin and end
 * compounds.
 */
export function parseHunspell(aff: string, dic: string, extra: Iterable<string> = []): Dictionary {
  const { generators, inflections } = parseAffixes(aff);
  const relevant = new RegExp(`${FIRST_FLAGS.source}|[${END_FLAG}${[...generators.keys()].join('')}]`);
  const { words, hyphenated } = parseWords(dic, relevant);
  for (const w of extra) {
    const word = w.normalize('NFC').toLowerCase();
    if (!LETTERS.test(word)) continue;
    words.set(word, `${words.get(word) ?? ''}X${END_FLAG}`);
  }
  return { words, firsts: collectFirsts(words, hyphenated, generators), inflections };
}

/**
 * The Swedish hunspell dictionary of the `dictionary-sv` package (sv_SE by Göran Andersson, LGPL-3.0), plus `extra`
 * words. Read synchronously so the indexer's enrichers stay synchronous; the package's own entry point only reads
 * these two files.
 */
export function loadSwedishDictionary(extra: Iterable<string> = []): Dictionary {
  const dir = path.dirname(createRequire(import.meta.url).resolve('dictionary-sv'));
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  return parseHunspell(read('index.aff'), read('index.dic'), extra);
}

let shared: { key: string; dictionary: Dictionary } | undefined;

/**
 * One dictionary per process for a given word list: loading takes ~0.2 s and ~15 MiB, and the indexer (each run) and
 * the search (each query) need the same one, so a query is split by the same rules as the documents were.
 */
export function sharedSwedishDictionary(extra: readonly string[]): Dictionary {
  const key = extra.join(' ');
  if (shared?.key !== key) shared = { key, dictionary: loadSwedishDictionary(extra) };
  return shared.dictionary;
}

/** A taxonomy's one-word terms: they may begin and end compounds even where the dictionary lacks them ("kör"). */
export function taxonomyWords(taxonomy: {
  categories: readonly { sv: string; en: string; synonyms: { sv: string[]; en: string[] }; match: string[] }[];
}): string[] {
  return taxonomy.categories
    .flatMap((c) => [c.sv, c.en, ...c.synonyms.sv, ...c.synonyms.en, ...c.match])
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length >= 3 && !/\s/.test(w));
}
