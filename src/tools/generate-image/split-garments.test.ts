import { describe, expect, it } from 'vitest';
import { splitGarments } from './split-garments.ts';

describe('splitGarments', () => {
  it('splits an outfit at "with", "and" and commas', () => {
    expect(splitGarments('red skirt with a white blouse and black boots')).toEqual([
      'red skirt',
      'a white blouse',
      'black boots',
    ]);
    expect(splitGarments('navy blazer, grey trousers, loafers')).toEqual([
      'navy blazer',
      'grey trousers',
      'loafers',
    ]);
  });

  it('keeps details that name no garment with their garment', () => {
    expect(splitGarments('navy blazer with two gold buttons and a red skirt')).toEqual([
      'navy blazer with two gold buttons',
      'a red skirt',
    ]);
    expect(splitGarments('black and white striped shirt')).toEqual(['black and white striped shirt']);
  });

  it('returns the prompt whole when it names one garment or none', () => {
    expect(splitGarments('red striped skirt')).toEqual(['red striped skirt']);
    expect(splitGarments('something nice and warm')).toEqual(['something nice and warm']);
  });
});
