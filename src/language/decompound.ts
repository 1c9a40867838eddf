import { type Dictionary, END_FLAG } from './sv-dictionary.js';

/** Two-letter words the dictionary lets begin compounds are mostly particles ("ro", "en"): only these are heads. */
const TWO_LETTER_HEADS = new Set(['is', 'ek', 'tv', 'öl', 'ål', 'by', 'te', 'ko', 'sy']);
const MIN_HEAD = 2;
/** "bad" in "vinterbad". */
const MIN_TAIL = 3;
/** Longest inflection ending tried on a tail ("ernas"). */
const MAX_ENDING = 5;
/** Longer "words" are URLs, codes or junk; real compounds in event texts are far shorter. */
const MAX_WORD = 40;

/**
 * Words the dictionary allows first in compounds that mostly make derivations or false splits: prefixes and particles
 * ("utställning" is not a kind of "ställning", nor "fortfarande" of "farande"), function words ("vardagen" is not
 * "var" + "dagen") and weekday stems ("söndag" is not a "dag" of "sön").
 */
const NOT_HEADS = new Set(
  ('an av be bi efter emot fram för före genom in med mellan mot om på sam till ut upp under utom över åter ' +
    'bort hem ner ned miss van fort samman ' +
    'var vad vid när här hit dit han hon jag min din sin mer man har kan ska gör ung ' +
    'mån tis ons tors fre lör sön').split(' '),
);

interface Part {
  form: string;
  /** Dictionary forms of the part; a tail like "filmer" can be an inflection of more than one ("film", "filma"). */
  lemmas: string[];
}

/** The lemmas of a word that may end a compound, also when inflected ("konserten" → "konsert"); [] if none. */
function tailLemmas(tail: string, dict: Dictionary): string[] {
  if (tail.length < MIN_TAIL) return [];
  const found = dict.words.get(tail)?.includes(END_FLAG) ? [tail] : [];
  for (let k = 1; k <= Math.min(MAX_ENDING, tail.length - MIN_TAIL); k++) {
    for (const rule of dict.inflections.get(tail.slice(-k)) ?? []) {
      const stem = tail.slice(0, -k) + rule.strip;
      const flags = dict.words.get(stem);
      if (flags?.includes(rule.flag) && flags.includes(END_FLAG) && rule.cond.test(stem)) found.push(stem);
    }
  }
  return [...new Set(found)];
}

/** The lemma of a compound-first form ("sago" → "saga"), the form itself when unknown, or null if not one. */
function headLemma(head: string, dict: Dictionary): string | null {
  if (head.length < MIN_HEAD || NOT_HEADS.has(head) || (head.length === 2 && !TWO_LETTER_HEADS.has(head))) return null;
  const lemma = dict.firsts.get(head);
  return lemma === undefined ? null : lemma || head;
}

/** A noun made from an -era verb ("servera" → "servering(en)") ends in a suffix: "serve|ring" is no compound. */
const ERING = /ering(?:en|ens|ar|arna|arnas|ars|s)?$/;

/** The shortest tail a split of `word` may leave. */
function minTail(word: string, dict: Dictionary): number {
  const m = ERING.exec(word);
  return m && dict.words.has(`${word.slice(0, m.index)}era`) ? word.length - m.index + 1 : MIN_TAIL;
}

const weight = (parts: Part[]) => parts.reduce((sum, p) => sum + p.form.length ** 2, 0);

/**
 * Whether split `a` beats `b`: fewer parts ("längd|skidåkning" over "längd|skid|åkning"; the tail is split again
 * later), then longer parts by sum of squared lengths, then a longer first part, as short first words make most junk
 * splits ("kammar|kör" over "kam|markör").
 */
function better(a: Part[], b: Part[] | undefined): boolean {
  if (!b) return true;
  if (a.length !== b.length) return a.length < b.length;
  if (weight(a) !== weight(b)) return weight(a) > weight(b);
  return (a[0]?.form.length ?? 0) > (b[0]?.form.length ?? 0);
}

/** The best split of a whole word into compound-first forms and a final part, or null when there is none. */
function segment(word: string, dict: Dictionary): Part[] | null {
  // heads[i]: the best run of compound-first forms spelling word[0, i).
  const heads: (Part[] | undefined)[] = [[]];
  let best: Part[] | undefined;
  const last = word.length - minTail(word, dict);
  for (let i = MIN_HEAD; i <= last; i++) {
    for (let j = 0; j <= i - MIN_HEAD; j++) {
      const prefix = heads[j];
      const lemma = prefix && headLemma(word.slice(j, i), dict);
      if (!prefix || !lemma) continue;
      const run = [...prefix, { form: word.slice(j, i), lemmas: [lemma] }];
      if (better(run, heads[i])) heads[i] = run;
    }
    const run = heads[i];
    const tail = word.slice(i);
    const lemmas = run ? tailLemmas(tail, dict) : [];
    if (run && lemmas.length && better([...run, { form: tail, lemmas }], best)) best = [...run, { form: tail, lemmas }];
  }
  return best ?? null;
}

/**
 * The word parts of a Swedish compound, from a hunspell dictionary: "gatukonst" → gatu, konst;
 * "längdskidåkning" → längd, skidåkning, skid, skida, åkning. Parts in linking form come with their lemma ("stads" →
 * "stad"), inflected tails with theirs ("julkonserten" → jul, konserten, konsert), and parts that are compounds
 * themselves are split again. Expects lower-case text with å/ä/ö kept; returns [] for a word that is not a compound.
 */
export function decompound(word: string, dict: Dictionary): string[] {
  const parts = word.length <= MAX_WORD ? segment(word, dict) : null;
  if (!parts) return [];
  const out = new Set<string>();
  for (const { form, lemmas } of parts) {
    out.add(form);
    for (const lemma of lemmas) {
      out.add(lemma);
      // Only dictionary words are split again: linking forms like "kammar" are parts, not compounds.
      if (dict.words.has(lemma)) for (const p of decompound(lemma, dict)) out.add(p);
    }
  }
  out.delete(word);
  return [...out];
}

/**
 * The dictionary forms of an inflected word: "utställningar" → utställning, "museet" → museum, and of an inflected
 * compound, its head with the tail's lemma ("sagostunderna" → sagostund). [] for a word that is a dictionary form
 * itself, or that the dictionary does not know.
 */
export function lemmasOf(word: string, dict: Dictionary): string[] {
  if (word.length < 4 || word.length > MAX_WORD || dict.words.has(word)) return [];
  const found = new Set<string>();
  for (let k = 1; k <= Math.min(MAX_ENDING, word.length - MIN_TAIL); k++) {
    for (const rule of dict.inflections.get(word.slice(-k)) ?? []) {
      const stem = word.slice(0, -k) + rule.strip;
      if (dict.words.get(stem)?.includes(rule.flag) && rule.cond.test(stem)) found.add(stem);
    }
  }
  if (found.size === 0) {
    const parts = segment(word, dict);
    const tail = parts?.at(-1);
    if (parts && tail) {
      const head = word.slice(0, word.length - tail.form.length);
      for (const lemma of tail.lemmas) if (lemma !== tail.form) found.add(head + lemma);
    }
  }
  found.delete(word);
  return [...found];
}
