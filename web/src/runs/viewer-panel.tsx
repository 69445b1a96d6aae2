import { type ReactNode, useEffect, useRef } from 'react';
import './sample-viewer.css';

interface ViewerPanelProps {
  /** The sample shown: a new one starts at the top of the panel. */
  sampleKey: string;
  title: ReactNode;
  onPrevious: (() => void) | undefined;
  onNext: (() => void) | undefined;
  onClose: () => void;
  children: ReactNode;
}

function isField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The zoomable image uses the arrow keys itself. */
function inImage(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('.zoom-viewport') !== null;
}

/**
 * The sample viewer's frame: a panel docked to the right of the list, so the list stays in reach.
 * j / ↓ goes to the next sample, k / ↑ to the previous one, Escape closes.
 */
export function ViewerPanel({ sampleKey, title, onPrevious, onNext, onClose, children }: ViewerPanelProps) {
  const body = useRef<HTMLDivElement>(null);
  const handlers = useRef({ onPrevious, onNext, onClose });
  handlers.current = { onPrevious, onNext, onClose };

  // biome-ignore lint/correctness/useExhaustiveDependencies: sampleKey marks a new sample.
  useEffect(() => {
    body.current?.scrollTo({ top: 0 });
  }, [sampleKey]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || isField(event.target)) return;
      const { onPrevious: previous, onNext: next, onClose: close } = handlers.current;
      if (event.key === 'Escape') {
        close();
        return;
      }
      if (inImage(event.target)) return;
      if ((event.key === 'j' || event.key === 'ArrowDown') && next) {
        event.preventDefault();
        next();
      } else if ((event.key === 'k' || event.key === 'ArrowUp') && previous) {
        event.preventDefault();
        previous();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <aside className="viewer-panel" data-testid="sample-viewer" aria-label="Sample viewer">
      <header className="viewer-head">
        <div className="viewer-title">{title}</div>
        <div className="viewer-nav">
          <button type="button" onClick={onPrevious} disabled={!onPrevious} title="Previous sample (k or ↑)">
            ↑ <span className="visually-hidden">Previous sample</span>
          </button>
          <button type="button" onClick={onNext} disabled={!onNext} title="Next sample (j or ↓)">
            ↓ <span className="visually-hidden">Next sample</span>
          </button>
          <button type="button" onClick={onClose} title="Close (Escape)">
            ✕ <span className="visually-hidden">Close the viewer</span>
          </button>
        </div>
      </header>
      <div ref={body} className="viewer-body">
        {children}
      </div>
    </aside>
  );
}
