import { AtelierError } from '../../core/index.ts';
import type { EvalSample } from '../sample.ts';
import { letters } from './letters.ts';
import { requireChoices } from './sample-request.ts';

/**
 * Circular evaluation (MMBench): the same question once per rotation of its options, so a model that
 * favours a position cannot be right by luck. Variant k shows option (i + k) mod n at position i and
 * has id `${id}~c${k}`; k = 0 is the original order. Every variant has `pair` = the original id, so
 * the pair metric ("all variants right") is the circular score, and they share a bootstrap cluster.
 */
export function circularVariants(sample: EvalSample): EvalSample[] {
  if (sample.scorer !== 'choice') {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `circular evaluation needs a multiple-choice sample; ${sample.id} uses the ${sample.scorer} scorer`,
      { hint: 'Turn circular evaluation on only for suites whose samples have choices.' },
    );
  }
  const choices = requireChoices(sample);
  const labels = letters(choices.length);
  const answerIndex = labels.indexOf(sample.answer.trim().toUpperCase());
  if (answerIndex < 0) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `sample ${sample.id} has answer "${sample.answer}", which is not one of its options ${labels.join(', ')}`,
      { hint: 'The answer of a multiple-choice sample is the letter of the right option.' },
    );
  }
  const count = choices.length;
  return labels.map((_, k) => ({
    ...sample,
    id: `${sample.id}~c${k}`,
    choices: choices.map((_choice, index) => choices[(index + k) % count]!),
    answer: labels[(answerIndex - k + count) % count]!,
    pair: sample.id,
    cluster: sample.cluster ?? sample.id,
  }));
}
