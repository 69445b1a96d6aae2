import type {
  ChatCallOptions,
  ChatRequest,
  ChatResponse,
  ContentPart,
  ImagePart,
  Message,
} from '../../core/index.ts';
import type { ChatModel } from '../chat-model.ts';

function omittedImage(part: ImagePart): ContentPart {
  return { type: 'text', text: part.name ? `[image omitted: ${part.name}]` : '[image omitted]' };
}

function withoutImages(content: readonly ContentPart[]): ContentPart[] {
  return content.map((part) => (part.type === 'text' ? part : omittedImage(part)));
}

/** Every image replaced by a note that names it, so text that refers to "image-1" still makes sense. */
export function stripImages(messages: readonly Message[]): Message[] {
  return messages.map((message) => {
    if (message.role === 'user' || message.role === 'tool') {
      return { ...message, content: withoutImages(message.content) };
    }
    return message;
  });
}

/**
 * The blind row of every suite: the same model, shown the same conversation without its images. A
 * vision benchmark whose questions a blind model answers well is measuring language priors, not sight.
 */
export function createTextOnlyModel(inner: ChatModel): ChatModel {
  const model: ChatModel = {
    id: `text-only:${inner.id}`,
    kind: 'baseline',
    label: `text-only:${inner.id} (blind baseline)`,
    boxFormat: inner.boxFormat,
    complete(request: ChatRequest, options?: ChatCallOptions): Promise<ChatResponse> {
      return inner.complete({ ...request, messages: stripImages(request.messages) }, options);
    },
  };
  const close = inner.close;
  if (close) return { ...model, close: () => close.call(inner) };
  return model;
}
