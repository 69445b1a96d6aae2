import type { ClipboardEvent, FormEvent, KeyboardEvent, RefObject } from 'react';
import { imageSrc } from '../api/client.ts';
import { type Attachment, MAX_ATTACHMENTS } from './attachments.ts';

interface ComposerProps {
  /** The page focuses the box when it fills it (a suggestion). */
  inputRef: RefObject<HTMLTextAreaElement | null>;
  text: string;
  onTextChange: (text: string) => void;
  attachments: Attachment[];
  onAttach: (files: File[]) => void;
  onRemove: (id: string) => void;
  /** Why files were refused, or a pre-attached asset could not be found. */
  notices: string[];
  streaming: boolean;
  /** Nothing to send to yet (the model list is loading or failed). */
  disabled: boolean;
  onSend: () => void;
  onStop: () => void;
}

/** The message box: text, image attachments and Send (or Stop while an answer streams). */
export function Composer(props: ComposerProps) {
  const { text, attachments, streaming, disabled } = props;
  const input = props.inputRef;
  const canSend = !streaming && !disabled && text.trim() !== '';

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!canSend) return;
    props.onSend();
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // While an input method composes (Japanese, Chinese…), Enter confirms the word, not the message.
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const files = [...event.clipboardData.files].filter((file) => file.type.startsWith('image/'));
    if (files.length === 0) return;
    // A copied image often comes with its page's text or HTML; the image is what was meant.
    if (event.clipboardData.getData('text/plain') === '') event.preventDefault();
    props.onAttach(files);
  };

  return (
    <form className="composer" onSubmit={submit} aria-label="Message the assistant">
      {attachments.length > 0 ? (
        <ul className="composer-attachments" aria-label="Attached images">
          {attachments.map((attachment) => {
            const name =
              attachment.kind === 'upload' ? attachment.name : (attachment.title ?? attachment.assetId);
            const url = attachment.kind === 'upload' ? attachment.dataUrl : attachment.thumbnailUrl;
            return (
              <li key={attachment.id} className="composer-attachment" title={name}>
                {url ? (
                  <img className="attachment-img" src={imageSrc(url)} alt={name} />
                ) : (
                  <span className="attachment-img image-missing">{name}</span>
                )}
                <button
                  type="button"
                  className="remove-attachment"
                  onClick={() => props.onRemove(attachment.id)}
                  aria-label={`Remove ${name}`}
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {props.notices.length > 0 ? (
        <ul className="composer-notices" role="status">
          {props.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      ) : null}
      <div className="composer-row">
        <label
          className={`attach-button ${attachments.length >= MAX_ATTACHMENTS ? 'is-full' : ''}`}
          title={`Attach images (at most ${MAX_ATTACHMENTS})`}
        >
          <input
            type="file"
            accept="image/*"
            multiple
            className="visually-hidden"
            data-testid="chat-attach"
            aria-label="Attach images"
            disabled={attachments.length >= MAX_ATTACHMENTS}
            onChange={(event) => {
              props.onAttach([...(event.target.files ?? [])]);
              // The same file can be picked again after it was removed.
              event.target.value = '';
            }}
          />
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path
              d="M21 11.5 12.6 19.9a5 5 0 0 1-7.1-7.1l8.5-8.5a3.4 3.4 0 0 1 4.8 4.8l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4l7.8-7.8"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </label>
        <textarea
          ref={input}
          data-testid="chat-input"
          aria-label="Message"
          placeholder="Ask about the catalog, attach a photo, or ask for an image…"
          rows={1}
          value={text}
          onChange={(event) => props.onTextChange(event.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          maxLength={20_000}
          // biome-ignore lint/a11y/noAutofocus: the page exists to type into this box.
          autoFocus
        />
        {streaming ? (
          <button type="button" className="stop-button" data-testid="chat-stop" onClick={props.onStop}>
            <span className="stop-square" aria-hidden="true" />
            Stop
          </button>
        ) : (
          <button type="submit" className="primary" data-testid="chat-send" disabled={!canSend}>
            Send
          </button>
        )}
      </div>
      <p className="composer-hint muted">Enter sends · Shift+Enter for a new line · drop or paste images</p>
    </form>
  );
}
