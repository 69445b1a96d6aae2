import { ApiError } from '../api/api-error.ts';
import { BaselineBadge } from '../components/baseline-badge.tsx';
import { ErrorBanner } from '../components/error-banner.tsx';
import { AnswerText } from './answer-text.tsx';
import { isBaseline } from './chat-settings.tsx';
import { type AssistantTurn, answerText } from './chat-turn.ts';
import { asArray, asRecord, asString } from './read-data.ts';
import { ToolCard } from './tool-card.tsx';
import { TraceFooter } from './trace-footer.tsx';

/** Ids of the catalog items this turn's tools returned, so the answer can link them. */
function itemIds(turn: AssistantTurn): Set<string> {
  const ids = new Set<string>();
  for (const block of turn.blocks) {
    if (block.kind !== 'tool' || !block.call.end) continue;
    const data = asRecord(block.call.end.data);
    for (const value of [...asArray(data?.results), ...asArray(data?.items)]) {
      const id = asString(asRecord(value)?.id);
      if (id) ids.add(id);
    }
  }
  return ids;
}

export function AssistantMessage({ turn }: { turn: AssistantTurn }) {
  const lastTool = turn.blocks.findLastIndex((block) => block.kind === 'tool');
  const ids = itemIds(turn);
  const answer = answerText(turn);
  const name = turn.model?.model ?? turn.requestedModel ?? 'assistant';
  // Before `start` says what answered, the requested name decides, so a baseline is never unlabelled.
  const kind = turn.model?.kind ?? (isBaseline({ name }) ? 'baseline' : undefined);
  const streaming = turn.state === 'streaming';
  return (
    <article
      className="chat-message is-assistant"
      data-testid="chat-message"
      data-role="assistant"
      data-state={turn.state}
      aria-busy={streaming}
    >
      <header className="message-author">
        <span className="message-model">{name}</span>
        <BaselineBadge kind={kind} />
      </header>
      {turn.blocks.slice(0, lastTool + 1).map((block, index) =>
        block.kind === 'tool' ? (
          <ToolCard key={block.call.start.callId} call={block.call} />
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks only grow at the end.
          <p key={`text-${index}`} className="assistant-note">
            <AnswerText text={block.text} itemIds={ids} />
          </p>
        ),
      )}
      <div
        className="assistant-answer"
        data-testid="assistant-answer"
        aria-live={streaming ? 'polite' : 'off'}
      >
        <AnswerText text={answer} itemIds={ids} />
        {streaming ? <span className="stream-caret" aria-hidden="true" /> : null}
        {streaming && turn.blocks.length === 0 ? <span className="muted">Thinking…</span> : null}
      </div>
      {turn.error ? (
        <ErrorBanner error={new ApiError(turn.error.code, turn.error.message, 0, turn.error.hint)} />
      ) : null}
      {turn.stopped ? <p className="muted stopped-note">Stopped.</p> : null}
      {turn.done ? <TraceFooter done={turn.done} /> : null}
    </article>
  );
}
