import type { ChatRequest, ToolCall } from '../../../core/index.ts';
import { assistantCalls, type ConversationView, readConversation } from './conversation.ts';
import { generateArguments } from './generate-arguments.ts';
import { questionPriorAnswer } from './question-prior-answer.ts';
import { type PlanStep, planRequest } from './request-plan.ts';
import { searchArguments } from './search-arguments.ts';
import { summariseTurn } from './summarise-results.ts';

/**
 * The rule-based assistant: read the last request, call the tools it needs one round at a time, then
 * answer from what the tools said. It is the floor a tool-using model should clear, and because every
 * decision is a rule with a stated reason, a trace of it reads like a specification of the task.
 */
export interface RulesDecision {
  content: string;
  toolCalls: ToolCall[];
}

export const MAX_TOOL_ROUNDS = 3;

export const NEEDS_TOOLS =
  'The rule-based baseline answers only by calling tools (search_catalog, generate_image, get_board), and this request offers none. Run it with the assistant tools enabled.';

export const NOT_UNDERSTOOD = [
  'The rule-based baseline did not understand the request. It can:',
  '- find catalog items: "find a navy skirt under $60", "a top that goes with this skirt" (with an image)',
  '- show an outfit: "show me this jacket with wide-leg jeans", "what would it look like with a red skirt"',
  '- read a board: "what\'s on my board" or "find shoes for my taste" (with "board: USER" or a user id)',
].join('\n');

const answer = (content: string): RulesDecision => ({ content, toolCalls: [] });

function call(
  view: ConversationView,
  name: PlanStep,
  reason: string,
  argumentsObject: object,
): RulesDecision {
  return {
    content: reason,
    toolCalls: [{ id: `rules-${view.callsSoFar + 1}`, name, arguments: JSON.stringify(argumentsObject) }],
  };
}

/** The call for one step, or the reason it cannot be made. */
function stepCall(
  view: ConversationView,
  step: PlanStep,
  called: ReadonlySet<string>,
): RulesDecision | string {
  switch (step) {
    case 'get_board':
      if (!view.boardUser)
        return 'rules: the request is about a board, but no user is named (say "board: USER" or give a user id)';
      return call(view, step, `rules: read the board of ${view.boardUser} first`, { user: view.boardUser });
    case 'search_catalog': {
      const aboutBoard = planRequest(view.request).aboutBoard;
      const search = searchArguments(view, aboutBoard ? view.boardUser : undefined);
      return call(view, step, search.reason, search.arguments);
    }
    case 'generate_image': {
      const generate = generateArguments(view, called.has('search_catalog'));
      if (generate.arguments === undefined) return generate.problem;
      return call(view, step, generate.reason, generate.arguments);
    }
  }
}

export function decideRules(request: ChatRequest): RulesDecision {
  // A benchmark question with offered options: no tool the rules know helps, so answer from the text.
  if (request.task?.options?.length) return answer(questionPriorAnswer(request, request.task.options));
  const view = readConversation(request);
  if (view.tools.size === 0) return answer(NEEDS_TOOLS);
  const turnCalls = assistantCalls(view.turn);
  const ranTools = view.turn.some((message) => message.role === 'tool');
  const failed = view.turn.some((message) => message.role === 'tool' && message.isError);
  const rounds = view.turn.filter(
    (message) => message.role === 'assistant' && message.toolCalls.length > 0,
  ).length;
  if (failed || rounds >= MAX_TOOL_ROUNDS) return answer(summariseTurn(view.turn));

  const plan = planRequest(view.request);
  const called = new Set(turnCalls.map((toolCall) => toolCall.name));
  const pending = plan.steps.filter((step) => !called.has(step));
  const offered = pending.filter((step) => view.tools.has(step));
  const problems: string[] = [];
  for (const step of offered) {
    const decision = stepCall(view, step, called);
    // A step that could not run (no user for the board) is said alongside the one that can.
    if (typeof decision !== 'string')
      return { ...decision, content: [...problems, decision.content].join('\n') };
    problems.push(decision);
  }
  if (ranTools) return answer(summariseTurn(view.turn));
  const missing = pending.filter((step) => !view.tools.has(step));
  if (missing.length > 0) {
    problems.push(
      `rules: this request needs the ${missing.join(' and ')} tool, which this request does not offer`,
    );
  }
  return answer(problems.length > 0 ? problems.join('\n') : NOT_UNDERSTOOD);
}
