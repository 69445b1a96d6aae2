import { describe, expect, it } from 'vitest';
import { splitGarments } from './split-garments.ts';

const summary = (request: string) => {
  const split = splitGarments(request);
  return {
    garments: split.garments.map((garment) => [
      garment.text,
      garment.referenced,
      garment.parsed.attributes.category,
    ]),
    pronoun: split.pronoun,
  };
};

describe('splitGarments', () => {
  it('gives each garment its own text, with the details that follow it', () => {
    expect(summary('navy pinstripe blazer with two gold buttons with wide-leg jeans')).toEqual({
      garments: [
        ['navy pinstripe blazer with two gold buttons', false, 'jacket'],
        ['wide-leg jeans', false, 'jeans'],
      ],
      pronoun: false,
    });
  });

  it('keeps two colours of one garment together', () => {
    expect(summary('red and white striped shirt and a navy skirt').garments).toEqual([
      ['red and white striped shirt', false, 'shirt'],
      ['a navy skirt', false, 'skirt'],
    ]);
  });

  it('tells an item in view from a new one, and notices "it"', () => {
    expect(summary('show me this jacket with wide-leg jeans').garments).toEqual([
      ['show me this jacket', true, 'jacket'],
      ['wide-leg jeans', false, 'jeans'],
    ]);
    expect(summary('a top that goes with this skirt').garments.map((garment) => garment[1])).toEqual([
      false,
      true,
    ]);
    expect(summary('what would it look like with a red skirt')).toEqual({
      garments: [['what would it look like with a red skirt', false, 'skirt']],
      pronoun: true,
    });
  });
});
