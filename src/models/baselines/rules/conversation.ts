import type { ChatRequest, ContentPart, Message, ToolCall } from '../../../core/index.ts';

/**
 * What the rule-based policy reads from a request: the user's last words, the images they attached,
 * whose board is in play, which tools are offered, and what happened since the user spoke (the
 * turn). Nothing here interprets the words; that is the planner's job.
 */
export interface ConversationView {
  /** Text of the last user message. */
  request: string;
  /** Names of the images attached to the last user message ("image-1"). */
  attached: string[];
  /** The newest image a user sent before the last message, for "this skirt" without an attachment. */
  earlierImage: string | undefined;
  /** Messages before the last user message, oldest first. */
  history: Message[];
  /** Messages after the last user message: the tool rounds of this turn. */
  turn: Message[];
  /** The user whose board the conversation is about, from "board: USER" or a user id. */
  boardUser: string | undefined;
  /** Names of the tools the request offers. */
  tools: ReadonlySet<string>;
  /** Tool calls made so far in the whole conversation, for the next deterministic call id. */
  callsSoFar: number;
}

export const textOf = (content: readonly ContentPart[]): string =>
  content
    .flatMap((part) => (part.type === 'text' ? [part.text] : []))
    .join('\n')
    .trim();

const BOARD_LABEL = /\b(?:board|user)\s*[:=]\s*["']?([A-Za-z0-9][\w.-]*)/i;
const USER_ID = /\buser-\d+\b/i;

function boardUserIn(text: string): string | undefined {
  return BOARD_LABEL.exec(text)?.[1] ?? USER_ID.exec(text)?.[0];
}

/** The user's own message first, then the system prompt, then older user messages, newest first. */
function findBoardUser(request: string, messages: readonly Message[], lastUser: number): string | undefined {
  const fromRequest = boardUserIn(request);
  if (fromRequest) return fromRequest;
  for (const message of messages) {
    if (message.role !== 'system') continue;
    const found = boardUserIn(message.content);
    if (found) return found;
  }
  for (let index = lastUser - 1; index >= 0; index--) {
    const message = messages[index];
    if (message?.role !== 'user') continue;
    const found = boardUserIn(textOf(message.content));
    if (found) return found;
  }
  return undefined;
}

export function assistantCalls(messages: readonly Message[]): ToolCall[] {
  return messages.flatMap((message) => (message.role === 'assistant' ? message.toolCalls : []));
}

export function readConversation(request: ChatRequest): ConversationView {
  const messages = request.messages;
  let lastUser = -1;
  for (let index = messages.length - 1; index >= 0 && lastUser < 0; index--) {
    if (messages[index]?.role === 'user') lastUser = index;
  }
  // Uploads are named in order ("image-1", "image-2") unless the part carries its own name.
  let uploads = 0;
  let earlierImage: string | undefined;
  let attached: string[] = [];
  messages.forEach((message, index) => {
    if (message.role !== 'user') return;
    const names = message.content.flatMap((part) => {
      if (part.type === 'text') return [];
      uploads++;
      return [part.name ?? `image-${uploads}`];
    });
    if (index === lastUser) attached = names;
    else if (index < lastUser && names.length > 0) earlierImage = names[names.length - 1];
  });
  const last = messages[lastUser];
  const text = last?.role === 'user' ? textOf(last.content) : '';
  return {
    request: text,
    attached,
    earlierImage,
    history: lastUser >= 0 ? messages.slice(0, lastUser) : [],
    turn: messages.slice(lastUser + 1),
    boardUser: findBoardUser(text, messages, lastUser),
    tools: new Set((request.toolChoice === 'none' ? [] : (request.tools ?? [])).map((tool) => tool.name)),
    callsSoFar: assistantCalls(messages).length,
  };
}
