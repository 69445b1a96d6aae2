import { type ChatRequestBody, hasImages, lastUserText, latestToolResultNames } from './chat-request.ts';
import type { MockMatch, MockRespond, MockScript } from './mock-script.ts';

export type ScriptAnswer =
  | { kind: 'step'; index: number; respond: MockRespond }
  | { kind: 'default'; respond: MockRespond }
  | { kind: 'exhausted' };

function matches(match: MockMatch | undefined, body: ChatRequestBody): boolean {
  if (match === undefined) return true;
  if (match.model !== undefined && body.model !== match.model) return false;
  if (match.lastRole !== undefined && body.messages.at(-1)?.role !== match.lastRole) return false;
  if (match.hasImages !== undefined && hasImages(body) !== match.hasImages) return false;
  if (match.lastUserContains !== undefined && !lastUserText(body).includes(match.lastUserContains)) {
    return false;
  }
  if (match.toolResultFor !== undefined && !latestToolResultNames(body).includes(match.toolResultFor)) {
    return false;
  }
  return true;
}

/**
 * Where a script stands: how many more requests each step may answer. A request goes to the first
 * step that is not used up and whose match holds; a step is counted as used when it is chosen, so
 * concurrent requests consume steps in the order they arrived.
 */
export class ScriptCursor {
  readonly #script: MockScript;
  /** Requests each step may still answer; Infinity for steps without a limit. */
  #remaining: number[] = [];

  constructor(script: MockScript) {
    this.#script = script;
    this.reset();
  }

  reset(): void {
    this.#remaining = this.#script.steps.map((step) =>
      step.times === 0 ? Number.POSITIVE_INFINITY : step.times,
    );
  }

  next(body: ChatRequestBody): ScriptAnswer {
    const steps = this.#script.steps;
    for (let index = 0; index < steps.length; index += 1) {
      const remaining = this.#remaining[index] ?? 0;
      const step = steps[index];
      if (remaining <= 0 || step === undefined || !matches(step.match, body)) continue;
      this.#remaining[index] = remaining - 1;
      return { kind: 'step', index, respond: step.respond };
    }
    const fallback = this.#script.default;
    return fallback === undefined ? { kind: 'exhausted' } : { kind: 'default', respond: fallback };
  }
}
