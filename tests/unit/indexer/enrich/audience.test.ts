import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCategoriser } from '../../../../indexer/enrich/categorise.js';
import { taxonomySchema } from '../../../../src/config/data-schemas.js';

const taxonomy = taxonomySchema.parse(JSON.parse(readFileSync(new URL('../../../../config/taxonomy.json', import.meta.url), 'utf8')));
const { audience, audienceWords } = createCategoriser(taxonomy);
const of = (title: string, text: string) => audience([], text, title).sort();

describe('who an event is for, from the words that address them', () => {
  it.each([
    ['Babyrytmik på Araby bibliotek', 'Rim, ramsor och sång för bebisar 0–12 månader tillsammans med en vuxen.'],
    ['Sagostund för de minsta', 'Vi läser bilderböcker och sjunger tillsammans. För barn 2–5 år med vuxen. Fri entré.'],
    ['Barnteater: Snödrottningen', 'Med musik och dockor. För barn från 5 år och deras vuxna. Entré 120 kr.'],
    ['Sportlovsverkstad: Packa emigrantkistan', 'Vi bygger egna kistor. För barn 6–12 år tillsammans med en vuxen.'],
    ['Story time', 'Picture books and songs for toddlers with a parent.'],
    ['Babyvisning på museet', 'Vi går runt i lugnt tempo. Det är helt okej att amma.'],
  ])('%s is for children and families, not adults', (title, text) => {
    expect(of(title, text)).toEqual(['children-family']);
  });

  it('reads who pays from a price sentence as nothing about the audience', () => {
    expect(of('Nyårskonsert', 'Wienervalser och polkor. Entré 250 kr, ungdom upp till 25 år 100 kr.')).toEqual([]);
    expect(of('Familjesöndag på museet', 'För barn 5–12 år och deras vuxna. Barn gratis, vuxna 150 kr.')).toEqual(['children-family']);
  });

  it('reads ages: a lower limit for teenagers, a range across children and teens, an adults-only limit', () => {
    expect(of('Stand-up', 'Nytt material. Från 16 år.')).toEqual(['adults', 'youth']);
    expect(of('Scouting', 'För barn 8-14 år med förälder.')).toEqual(['children-family', 'youth']);
    expect(of('Vinprovning', 'Fem viner från Loire. 18+.')).toEqual(['adults']);
  });

  it('is not fooled by times, centuries or years', () => {
    expect(of('Jazzkväll', 'Baren öppnar från 18.00.')).toEqual([]);
    expect(of('Söndagsvisning', 'Glasets historia från 1700-talets glasbruk.')).toEqual([]);
    expect(of('Filmkväll', 'Smalfilmer från 1940- och 50-talen.')).toEqual([]);
  });

  it('still hears adults named on their own, and everyone named together', () => {
    expect(of('Schack för nybörjare', 'Från 10 år, vuxna är lika välkomna.')).toEqual(['adults', 'children-family']);
    expect(of('Pimpeltävling', 'Klasser för barn, ungdomar och vuxna.')).toEqual(['adults', 'children-family', 'youth']);
  });

  it('keeps the feed\'s own audience words', () => {
    expect(audience(['Seniorer'], 'Dans.', 'Dansafton').sort()).toEqual(['seniors']);
  });
});

describe('the words an audience is searched by', () => {
  it('are the audience\'s labels and every word the taxonomy puts it in by, once', () => {
    const words = audienceWords(['seniors']);
    expect(words).toEqual(expect.arrayContaining(['Seniorer', 'Seniors', 'pensionärer', 'elderly']));
    expect(new Set(words).size).toBe(words.length);
    expect(audienceWords(['seniors', 'students'])).toEqual(expect.arrayContaining(['pensionär', 'studenter']));
    expect(audienceWords([])).toEqual([]);
    expect(audienceWords(['no-such-audience'])).toEqual([]);
  });
});
