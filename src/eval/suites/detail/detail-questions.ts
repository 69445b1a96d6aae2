import { CATEGORY_INFO, type ColorName, type Random, type SceneObject } from '../../../world/index.ts';
import { colorDistractors } from '../distinct-colors.ts';
import { LOGO_SHAPES } from '../world-internals.ts';

/** What a detail question asks about its target object. */
export const DETAIL_ATTRIBUTES = ['logo-shape', 'logo-color', 'button-count', 'color'] as const;
export type DetailAttribute = (typeof DETAIL_ATTRIBUTES)[number];

export interface DetailQuestion {
  attribute: DetailAttribute;
  object: SceneObject;
  /** How the question names the object: unique in the scene. */
  subject: string;
  question: string;
  answer: string;
}

const BUTTON_COUNTS = [1, 2, 3, 4, 5, 6, 7, 8].map(String);

/** How many different answers an attribute has; a question needs at least as many as options. */
export const ANSWER_COUNTS: Readonly<Record<DetailAttribute, number>> = {
  'logo-shape': LOGO_SHAPES.length,
  'logo-color': 32,
  'button-count': BUTTON_COUNTS.length,
  color: 32,
};

function noun(object: SceneObject): string {
  return CATEGORY_INFO[object.attributes.category].noun;
}

/**
 * The questions a scene can answer unambiguously. An object is named by colour and noun ("the navy
 * jacket") when no other object shares both, and by its noun alone ("the hat") for a colour question,
 * which may not give the colour away, when it is the only one of its category.
 */
export function sceneQuestions(objects: readonly SceneObject[]): DetailQuestion[] {
  const count = (key: (object: SceneObject) => string, value: string) =>
    objects.filter((object) => key(object) === value).length;
  const byColorAndNoun = (object: SceneObject) => `${object.attributes.color} ${noun(object)}`;
  const questions: DetailQuestion[] = [];
  for (const object of objects) {
    const item = object.attributes;
    const named = count(byColorAndNoun, byColorAndNoun(object)) === 1;
    const subject = `the ${byColorAndNoun(object)}`;
    if (named && item.details.logo && object.logo) {
      questions.push({
        attribute: 'logo-shape',
        object,
        subject,
        question: `What shape is the logo on ${subject} in this picture?`,
        answer: item.details.logo.shape,
      });
      questions.push({
        attribute: 'logo-color',
        object,
        subject,
        question: `What colour is the logo on ${subject} in this picture?`,
        answer: item.details.logo.color,
      });
    }
    if (named && item.parts.closure === 'buttons' && object.buttons.length > 0) {
      questions.push({
        attribute: 'button-count',
        object,
        subject,
        question: `How many buttons are there on ${subject} in this picture?`,
        answer: String(object.buttons.length),
      });
    }
    const alone = count((other) => other.attributes.category, item.category) === 1;
    if (alone && item.pattern.kind === 'solid') {
      const only = `the ${noun(object)}`;
      questions.push({
        attribute: 'color',
        object,
        subject: only,
        question: `What colour is ${only} in this picture?`,
        answer: item.color,
      });
    }
  }
  return questions;
}

export function detailDistractors(
  random: Random,
  question: DetailQuestion,
  count: number,
): string[] | undefined {
  const others = (values: readonly string[]) => {
    const rest = random.shuffle(values.filter((value) => value !== question.answer));
    return rest.length >= count ? rest.slice(0, count) : undefined;
  };
  switch (question.attribute) {
    case 'logo-shape':
      return others(LOGO_SHAPES);
    case 'button-count':
      return others(BUTTON_COUNTS);
    default:
      return colorDistractors(random, [question.answer as ColorName], count);
  }
}
