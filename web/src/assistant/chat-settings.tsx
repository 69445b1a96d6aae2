import type { ApiState } from '../api/use-api.ts';

export interface ModelList {
  default: string;
  models: { name: string; kind?: string }[];
}

export interface BoardList {
  boards: { user: string; itemCount: number }[];
}

/**
 * Baselines are labelled wherever a model is named. /api/models gives names only, so the baseline
 * specs are recognised by name (a `kind` from the server wins when it sends one).
 */
const BASELINE_NAMES = new Set(['rules', 'random', 'oracle']);
export const isBaseline = (model: { name: string; kind?: string }) =>
  model.kind ? model.kind === 'baseline' : BASELINE_NAMES.has(model.name);

interface ChatSettingsProps {
  models: ApiState<ModelList>;
  model: string | undefined;
  onModelChange: (name: string) => void;
  boards: ApiState<BoardList>;
  board: string;
  onBoardChange: (user: string) => void;
}

/** Which model answers and whose board the conversation is about. */
export function ChatSettings({
  models,
  model,
  onModelChange,
  boards,
  board,
  onBoardChange,
}: ChatSettingsProps) {
  return (
    <div className="chat-settings">
      <label className="setting">
        <span>Model</span>
        <select
          data-testid="model-select"
          value={model ?? ''}
          disabled={!models.data}
          onChange={(event) => onModelChange(event.target.value)}
        >
          {models.data ? null : <option value="">{models.error ? 'unavailable' : 'loading…'}</option>}
          {models.data?.models.map((entry) => (
            <option key={entry.name} value={entry.name}>
              {entry.name}
              {isBaseline(entry) ? ' (baseline)' : ''}
            </option>
          ))}
        </select>
      </label>
      <label className="setting">
        <span>Board</span>
        <select
          value={board}
          disabled={!boards.data || boards.data.boards.length === 0}
          onChange={(event) => onBoardChange(event.target.value)}
        >
          <option value="">no board</option>
          {boards.data?.boards.map((entry) => (
            <option key={entry.user} value={entry.user}>
              {entry.user} ({entry.itemCount} items)
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
