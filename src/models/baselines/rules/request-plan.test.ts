import { describe, expect, it } from 'vitest';
import { type PlanStep, planRequest } from './request-plan.ts';

const CASES: readonly [string, PlanStep[]][] = [
  ['find a navy skirt under $60', ['search_catalog']],
  ['navy skirt under $60', ['search_catalog']],
  ['can you show me red skirts?', ['search_catalog']],
  ['do you have leopard heels?', ['search_catalog']],
  ['a top that goes with this skirt', ['search_catalog']],
  ['show me this jacket with wide-leg jeans', ['generate_image']],
  ['what would it look like with a red skirt?', ['generate_image']],
  ['visualise a navy blazer', ['generate_image']],
  ['find a top that goes with this skirt and show me the outfit', ['search_catalog', 'generate_image']],
  ["what's on my board", ['get_board']],
  ['show me my board', ['get_board']],
  ['find shoes for my taste', ['get_board', 'search_catalog']],
  ['what colour is this skirt?', []],
  ['hello', []],
];

describe('planRequest', () => {
  it.each(CASES)('plans "%s"', (request, steps) => {
    expect(planRequest(request).steps).toEqual(steps);
  });
});
