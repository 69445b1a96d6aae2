import { AtelierError } from '../../core/index.ts';
import type { EvalSample, SampleOutput, SampleScore } from '../sample.ts';
import { extractChoice } from './extract-choice.ts';
import { shortAnswerReadings } from './extract-short-answer.ts';
import { extractYesNo } from './extract-yes-no.ts';
import { exactMatch, normalizeAnswer } from './normalize-answer.ts';
import { scoreRanking } from './ranking-scorer.ts';
import { requireChoices } from './sample-request.ts';
import { scoreToolUse } from './tool-use-scorer.ts';

function scoreChoice(sample: EvalSample, output: SampleOutput): SampleScore {
  const extraction = extractChoice(output.text, requireChoices(sample));
  if ('unparseable' in extraction) return { outcome: 'unparseable', score: 0, note: extraction.unparseable };
  const right = extraction.letter === sample.answer.trim().toUpperCase();
  return {
    outcome: right ? 'correct' : 'wrong',
    score: right ? 1 : 0,
    extracted: extraction.letter,
    note: `read ${extraction.letter} from the ${extraction.via}`,
  };
}

function scoreExact(sample: EvalSample, output: SampleOutput): SampleScore {
  const readings = shortAnswerReadings(output.text);
  if (readings.length === 0) return { outcome: 'unparseable', score: 0, note: 'empty answer' };
  const matched = readings.find((reading) => exactMatch(reading, sample.answer, sample.aliases ?? []));
  return {
    outcome: matched === undefined ? 'wrong' : 'correct',
    score: matched === undefined ? 0 : 1,
    extracted: normalizeAnswer(matched ?? readings[0]!),
  };
}

function scoreYesNo(sample: EvalSample, output: SampleOutput): SampleScore {
  const truth = sample.answer.trim().toLowerCase();
  if (truth !== 'yes' && truth !== 'no') {
    throw new AtelierError('INVALID_ARGUMENT', `yes-no sample ${sample.id} has answer "${sample.answer}"`, {
      hint: 'The answer of a yes-no sample is "yes" or "no".',
    });
  }
  const extraction = extractYesNo(output.text);
  if ('unparseable' in extraction) return { outcome: 'unparseable', score: 0, note: extraction.unparseable };
  const right = extraction.answer === truth;
  return {
    outcome: right ? 'correct' : 'wrong',
    score: right ? 1 : 0,
    extracted: extraction.answer,
    prediction: extraction.prediction,
  };
}

/**
 * Scores one stored output against its sample with the sample's scorer. Scoring reads only the
 * sample and the output, so a run can be rescored without calling the model again.
 */
export function scoreSample(sample: EvalSample, output: SampleOutput): SampleScore {
  if (output.text.trim().length === 0 && (output.toolCalls?.length ?? 0) === 0) {
    const stop = output.stopReason ? ` (stop reason: ${output.stopReason})` : '';
    return { outcome: 'unparseable', score: 0, note: `the model returned no text and called no tool${stop}` };
  }
  switch (sample.scorer) {
    case 'choice':
      return scoreChoice(sample, output);
    case 'exact':
      return scoreExact(sample, output);
    case 'yes-no':
      return scoreYesNo(sample, output);
    case 'ranking':
      return scoreRanking(sample, output);
    case 'tool-use':
      return scoreToolUse(sample, output);
  }
}
