import { imageSrc } from '../api/client.ts';
import { BoardItemsView } from './board-items-view.tsx';
import type { ImageView, ToolEndEvent } from './chat-events.ts';
import type { ToolCallView } from './chat-turn.ts';
import { GeneratedImageView } from './generated-image-view.tsx';
import { useLightbox } from './lightbox.tsx';
import { RawJson } from './raw-json.tsx';
import { SearchResultsView } from './search-results-view.tsx';
import { ToolArguments } from './tool-arguments.tsx';
import { ZoomView } from './zoom-view.tsx';

const STATUS_LABEL = { running: 'running', done: 'done', error: 'error' } as const;
/** Tools with a view of their own; any other tool's result is shown as raw JSON. */
const VIEWED = new Set(['search_catalog', 'zoom', 'generate_image', 'get_board']);

/** Images of a tool this page has no view for, as plain thumbnails. */
function ImageStrip({ images }: { images: ImageView[] }) {
  const open = useLightbox();
  if (images.length === 0) return null;
  return (
    <div className="chat-image-strip">
      {images.map((image) => (
        <button
          key={image.name}
          type="button"
          className="chat-image-button"
          onClick={() => open({ url: image.url, alt: image.name, caption: image.name })}
        >
          <img
            className="strip-img"
            src={imageSrc(image.thumbnailUrl)}
            alt={image.name}
            loading="lazy"
            decoding="async"
          />
        </button>
      ))}
    </div>
  );
}

function ToolResult({ end }: { end: ToolEndEvent }) {
  switch (end.name) {
    case 'search_catalog':
      return <SearchResultsView data={end.data} />;
    case 'zoom':
      return <ZoomView images={end.images} data={end.data} />;
    case 'generate_image':
      return <GeneratedImageView images={end.images} />;
    case 'get_board':
      return <BoardItemsView data={end.data} />;
    default:
      return (
        <>
          <ImageStrip images={end.images} />
          <RawJson label="Result" value={end.data ?? end.resultText} open />
        </>
      );
  }
}

/** One tool call, from the moment the model asks for it: name, arguments, status, then what it returned. */
export function ToolCard({ call }: { call: ToolCallView }) {
  const { start, status, end } = call;
  return (
    <section
      className={`tool-card is-${status}`}
      data-testid="tool-card"
      data-tool={start.name}
      data-status={status}
      aria-label={`Tool call ${start.name}: ${STATUS_LABEL[status]}`}
      aria-busy={status === 'running'}
    >
      <header className="tool-card-header">
        <code className="tool-name">{start.name}</code>
        <span className={`tool-status is-${status}`}>
          {status === 'running' ? <span className="spinner" aria-hidden="true" /> : null}
          {STATUS_LABEL[status]}
        </span>
        {end ? <span className="tool-latency muted">{Math.round(end.latencyMs)} ms</span> : null}
      </header>
      <ToolArguments text={start.arguments} />
      {status === 'error' && end ? (
        <p className="tool-error" role="status">
          {end.errorCode ? <code>{end.errorCode}</code> : null}{' '}
          {end.resultText.replace(/^error [A-Z_]+: /, '')}
        </p>
      ) : null}
      {status === 'done' && end ? <ToolResult end={end} /> : null}
      <div className="tool-card-details">
        <RawJson label="Arguments (JSON)" value={start.arguments} />
        {end && (VIEWED.has(end.name) || !end.ok) ? (
          <RawJson label="Result (JSON)" value={{ text: end.resultText, data: end.data }} />
        ) : null}
      </div>
    </section>
  );
}
