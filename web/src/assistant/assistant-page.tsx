import { type DragEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useSearch } from 'wouter';
import type { ApiError } from '../api/api-error.ts';
import { apiGet } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorBanner } from '../components/error-banner.tsx';
import { AssistantMessage } from './assistant-message.tsx';
import { type Attachment, addFiles, attachmentId } from './attachments.ts';
import { type BoardList, ChatSettings, type ModelList } from './chat-settings.tsx';
import { Composer } from './composer.tsx';
import { LightboxProvider } from './lightbox.tsx';
import { useChat } from './use-chat.ts';
import { UserMessage } from './user-message.tsx';
import './assistant.css';

interface AssetDetail {
  asset: { id: string; title: string | null; thumbnailUrl: string };
}

const SUGGESTIONS = [
  'find a navy skirt under $60',
  'generate an image of a navy pinstripe blazer with two gold buttons',
  'find a top that goes with my board',
];

/** Within this many pixels of the bottom, new content keeps the view pinned to the newest line. */
const STICK_DISTANCE = 80;

const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');

function AssistantChat() {
  const models = useApi<ModelList>('/api/models');
  const boards = useApi<BoardList>('/api/boards');
  const [chosenModel, setChosenModel] = useState<string>();
  const model = chosenModel ?? models.data?.default;
  const [board, setBoard] = useState('');
  const chat = useChat();
  const [text, setText] = useState('');
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [notices, setNotices] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  const conversation = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const pinned = useRef(true);
  const assetId = new URLSearchParams(useSearch()).get('asset');

  // ?asset=ID (the Explore item page's "Ask the assistant") arrives attached, sent by id.
  useEffect(() => {
    if (!assetId) return;
    const controller = new AbortController();
    apiGet<AssetDetail>(`/api/assets/${encodeURIComponent(assetId)}`, { similar: 0 }, controller.signal)
      .then(({ asset }) =>
        setAttachments((list) =>
          list.some((item) => item.kind === 'asset' && item.assetId === asset.id)
            ? list
            : [
                ...list,
                {
                  id: attachmentId(),
                  kind: 'asset',
                  assetId: asset.id,
                  title: asset.title,
                  thumbnailUrl: asset.thumbnailUrl,
                },
              ],
        ),
      )
      .catch((error: ApiError) => {
        if (controller.signal.aborted) return;
        setNotices([`cannot attach ${assetId}: ${error.message}${error.hint ? `. ${error.hint}` : ''}`]);
      });
    return () => controller.abort();
  }, [assetId]);

  const attach = useCallback(
    async (files: File[]) => {
      const added = await addFiles(attachments, files);
      setAttachments(added.attachments);
      setNotices(added.problems);
    },
    [attachments],
  );

  const send = () => {
    void chat.send({ message: text.trim(), attachments, model, board: board || undefined });
    pinned.current = true;
    setText('');
    setAttachments([]);
    setNotices([]);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: every change of the turns may grow the page.
  useEffect(() => {
    const element = conversation.current;
    if (element && pinned.current) element.scrollTop = element.scrollHeight;
  }, [chat.turns]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a shortcut; the attach button does the same from the keyboard.
    <div
      className={`assistant-page ${dragging ? 'is-dragging' : ''}`}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        // Leaving for a child is not leaving the page.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        void attach([...event.dataTransfer.files]);
      }}
    >
      <div className="assistant-toolbar">
        <h1>Assistant</h1>
        <ChatSettings
          models={models}
          model={model}
          onModelChange={setChosenModel}
          boards={boards}
          board={board}
          onBoardChange={setBoard}
        />
        <button type="button" onClick={chat.reset} disabled={chat.turns.length === 0}>
          New chat
        </button>
      </div>
      <div
        className="conversation"
        ref={conversation}
        onScroll={(event) => {
          const element = event.currentTarget;
          pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight < STICK_DISTANCE;
        }}
      >
        <div className="conversation-column">
          {models.error ? <ErrorBanner error={models.error} onRetry={models.reload} /> : null}
          {boards.error ? <ErrorBanner error={boards.error} onRetry={boards.reload} /> : null}
          {chat.turns.length === 0 ? (
            <div className="chat-welcome">
              <h2>Ask with words and pictures</h2>
              <p className="muted">
                The assistant searches the catalog, zooms into details and generates images; every tool call
                is shown as it happens.
              </p>
              <div className="suggestions">
                {SUGGESTIONS.map((suggestion) => (
                  <button
                    key={suggestion}
                    type="button"
                    onClick={() => {
                      setText(suggestion);
                      input.current?.focus();
                    }}
                  >
                    {suggestion}
                  </button>
                ))}
              </div>
            </div>
          ) : null}
          {chat.turns.map((turn) =>
            turn.role === 'user' ? (
              <UserMessage key={turn.id} turn={turn} />
            ) : (
              <AssistantMessage key={turn.id} turn={turn} />
            ),
          )}
        </div>
      </div>
      <div className="composer-dock">
        <Composer
          inputRef={input}
          text={text}
          onTextChange={setText}
          attachments={attachments}
          onAttach={(files) => void attach(files)}
          onRemove={(id) => setAttachments((list) => list.filter((item) => item.id !== id))}
          notices={notices}
          streaming={chat.streaming}
          disabled={!models.data}
          onSend={send}
          onStop={chat.stop}
        />
      </div>
      {dragging ? (
        <div className="chat-drop-overlay" aria-hidden="true">
          Drop images to attach them
        </div>
      ) : null}
    </div>
  );
}

/** /assistant: chat with a configured model; tool calls appear as cards while the answer streams. */
export function AssistantPage() {
  return (
    <LightboxProvider>
      <AssistantChat />
    </LightboxProvider>
  );
}
