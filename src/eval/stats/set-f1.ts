export interface SetF1 {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
}

/**
 * Precision, recall and F1 of a predicted set against an expected one (duplicates count once):
 * tool-choice F1 over tool names, argument-value F1 over "name=value" strings.
 *
 * Conventions for empty sets, where the ratios are 0/0: both empty is a perfect answer (the task
 * needed no tool and none was called): 1, 1, 1. One side empty is a complete miss: 0, 0, 0 (like
 * scikit-learn with zero_division=0), so calling nothing never earns credit for precision.
 */
export function setF1(predicted: Iterable<string>, expected: Iterable<string>): SetF1 {
  const predictedSet = new Set(predicted);
  const expectedSet = new Set(expected);
  if (predictedSet.size === 0 && expectedSet.size === 0)
    return { precision: 1, recall: 1, f1: 1, truePositives: 0 };
  let truePositives = 0;
  for (const item of predictedSet) if (expectedSet.has(item)) truePositives++;
  const precision = predictedSet.size === 0 ? 0 : truePositives / predictedSet.size;
  const recall = expectedSet.size === 0 ? 0 : truePositives / expectedSet.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives };
}
