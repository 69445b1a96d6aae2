import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/api-error.ts';
import { apiPostStream } from '../api/client.ts';
import { type Attachment, requestImage } from './attachments.ts';
import { toChatEvent } from './chat-events.ts';
import {
  type AssistantTurn,
  applyChatEvent,
  failTurn,
  historyOf,
  newAssistantTurn,
  stopTurn,
  type Turn,
} from './chat-turn.ts';
import { readServerSentEvents } from './sse-parser.ts';

export interface SendOptions {
  message: string;
  attachments: Attachment[];
  model: string | undefined;
  board: string | undefined;
}

let turnCounter = 0;
const turnId = () => `turn-${++turnCounter}`;

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * The conversation and the one request in flight: `send` streams an assistant turn into state event
 * by event, `stop` aborts it (the server sees the disconnect and stops the agent), `reset` starts over.
 */
export function useChat() {
  const [turns, setTurns] = useState<Turn[]>([]);
  const [streaming, setStreaming] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const turnsRef = useRef(turns);
  turnsRef.current = turns;

  const update = useCallback((id: string, change: (turn: AssistantTurn) => AssistantTurn) => {
    setTurns((list) =>
      list.map((turn) => (turn.id === id && turn.role === 'assistant' ? change(turn) : turn)),
    );
  }, []);

  const send = useCallback(
    async ({ message, attachments, model, board }: SendOptions) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const history = historyOf(turnsRef.current);
      const assistant = newAssistantTurn(turnId(), model);
      setTurns((list) => [...list, { id: turnId(), role: 'user', text: message, attachments }, assistant]);
      setStreaming(true);
      const body = {
        message,
        ...(model ? { model } : {}),
        ...(board ? { board } : {}),
        images: attachments.map(requestImage),
        ...(history.length > 0 ? { history } : {}),
      };
      try {
        const response = await apiPostStream('/api/chat', body, abort.signal);
        if (!response.body) throw new ApiError('NETWORK', 'the server sent no stream', 0);
        let ended = false;
        for await (const raw of readServerSentEvents(response.body)) {
          const event = toChatEvent(raw.event, raw.data);
          if (!event) continue;
          if (event.type === 'done' || event.type === 'error') ended = true;
          update(assistant.id, (turn) => applyChatEvent(turn, event));
        }
        if (!ended) {
          update(assistant.id, (turn) =>
            failTurn(turn, {
              code: 'STREAM_ENDED',
              message: 'the answer stopped before it was complete',
              hint: 'The connection to the server closed early. Is "atelier serve" still running? Send the message again.',
            }),
          );
        }
      } catch (error) {
        if (isAbort(error) || abort.signal.aborted) {
          update(assistant.id, stopTurn);
        } else if (error instanceof ApiError) {
          update(assistant.id, (turn) => failTurn(turn, error));
        } else {
          update(assistant.id, (turn) =>
            failTurn(turn, {
              code: 'NETWORK',
              message: `cannot reach the Atelier server (${String(error)})`,
              hint: 'Is "atelier serve" still running?',
            }),
          );
        }
      } finally {
        if (controller.current === abort) {
          controller.current = null;
          setStreaming(false);
        }
      }
    },
    [update],
  );

  const stop = useCallback(() => controller.current?.abort(), []);

  const reset = useCallback(() => {
    controller.current?.abort();
    setTurns([]);
  }, []);

  useEffect(() => () => controller.current?.abort(), []);

  return { turns, streaming, send, stop, reset };
}
