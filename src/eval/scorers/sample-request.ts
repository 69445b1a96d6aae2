import { AtelierError, type ChatRequest, type ImagePart, type TaskHints } from '../../core/index.ts';
import type { EvalSample } from '../sample.ts';
import { letters } from './letters.ts';

/** The choices of a sample that needs them (choice, ranking), or a clear error naming the sample. */
export function requireChoices(sample: EvalSample): string[] {
  if (!sample.choices || sample.choices.length === 0) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `sample ${sample.id} uses the ${sample.scorer} scorer but has no choices`,
      {
        hint:
          sample.scorer === 'ranking'
            ? 'A ranking sample lists its candidate ids in `choices`.'
            : 'A multiple-choice sample lists its option texts in `choices`; the answer is a letter.',
      },
    );
  }
  return sample.choices;
}

function instructions(sample: EvalSample): string {
  switch (sample.scorer) {
    case 'choice': {
      const choices = requireChoices(sample);
      const labels = letters(choices.length);
      const lines = choices.map((choice, index) => `${labels[index]}. ${choice}`);
      return `\n\nOptions:\n${lines.join('\n')}\n\nAnswer with the letter of the correct option.`;
    }
    case 'yes-no':
      return '\n\nAnswer yes or no.';
    case 'ranking':
      return (
        `\n\nCandidates: ${requireChoices(sample).join(', ')}\n` +
        'Rank all candidates from best to worst match; answer with their ids separated by commas.'
      );
    case 'exact':
      return '\n\nAnswer with a short phrase.';
    case 'tool-use':
      // The agent loop offers the tools; the request is the user's words alone.
      return '';
  }
}

function taskOptions(sample: EvalSample): string[] | undefined {
  switch (sample.scorer) {
    case 'choice':
      return letters(requireChoices(sample).length);
    case 'ranking':
      return [...requireChoices(sample)];
    case 'yes-no':
      return ['yes', 'no'];
    default:
      return undefined;
  }
}

/**
 * The model request for one sample: its images (named as the sample names them, else image-1,
 * image-2, …), then the question with the options and the answer format. The `task` hints carry the
 * options and the truth so the random and oracle baselines answer every suite; real adapters drop them.
 */
export function sampleRequest(sample: EvalSample, images: readonly ImagePart[]): ChatRequest {
  const named = images.map(
    (image, index): ImagePart => ({ ...image, name: sample.images[index]?.name ?? `image-${index + 1}` }),
  );
  const options = taskOptions(sample);
  const task: TaskHints = { answer: sample.answer, sampleId: sample.id };
  if (options) task.options = options;
  const format = ({ choice: 'choice', 'yes-no': 'yes-no', ranking: 'ranking', exact: 'short' } as const)[
    sample.scorer as 'choice' | 'yes-no' | 'ranking' | 'exact'
  ];
  if (format) task.format = format;
  return {
    messages: [
      {
        role: 'user',
        content: [...named, { type: 'text', text: `${sample.question}${instructions(sample)}` }],
      },
    ],
    task,
  };
}
