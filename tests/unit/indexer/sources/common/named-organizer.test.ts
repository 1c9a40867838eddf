import { describe, expect, it } from 'vitest';
import { namedOrganizer } from '../../../../../indexer/sources/common/named-organizer.js';

describe('the organiser a description names', () => {
  it('is read from "Arrangör:", "Arrangeras av" and "Organiser:" at the start of a sentence or line', () => {
    expect(namedOrganizer('SHL-match i Vida Arena. Arrangör: Växjö Lakers Hockey. Biljetter från 220 kr.')).toBe('Växjö Lakers Hockey');
    expect(namedOrganizer('Kom och spela!\nArrangeras av Växjö Schackklubb')).toBe('Växjö Schackklubb');
    expect(namedOrganizer('Guided walk. Organiser: Visit Växjö')).toBe('Visit Växjö');
    expect(namedOrganizer('Arrangörer: Kulturparken Småland och Växjö kommun.')).toBe('Kulturparken Småland och Växjö kommun');
  });

  it('is none when the text names no one, or only mentions organisers in passing', () => {
    expect(namedOrganizer('En kväll med jazz på Palladium.')).toBeNull();
    expect(namedOrganizer('Vi söker fler arrangörer till nästa år.')).toBeNull();
    expect(namedOrganizer('Arrangör: se nedan.')).toBeNull();
    expect(namedOrganizer('')).toBeNull();
  });
});
