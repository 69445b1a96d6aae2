import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import { imageSrc } from '../api/client.ts';
import type { PixelBox } from './run-types.ts';

export interface DrawnBox {
  box: PixelBox;
  label: string;
  /** 'target': where the answer is (from the sample); 'zoom': a region the model zoomed into. */
  kind: 'target' | 'zoom';
}

interface View {
  scale: number;
  x: number;
  y: number;
}

const MAX_SCALE = 32;
const WHEEL_SPEED = 0.0015;

/**
 * An image to inspect closely: wheel or buttons zoom around a point, dragging pans, and the sample's
 * boxes are drawn over it at screen resolution (thin lines and readable labels at any zoom).
 * Keyboard: + and − zoom, 0 fits, arrow keys pan, when the image has focus.
 */
export function ZoomPanImage({ src, alt, boxes }: { src: string; alt: string; boxes: readonly DrawnBox[] }) {
  const viewport = useRef<HTMLDivElement>(null);
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null);
  const [frame, setFrame] = useState<{ width: number; height: number }>({ width: 0, height: 0 });
  const [view, setView] = useState<View>({ scale: 1, x: 0, y: 0 });
  const [showBoxes, setShowBoxes] = useState(true);
  const [failed, setFailed] = useState(false);
  const touched = useRef(false);
  const drag = useRef<{ pointer: number; x: number; y: number } | null>(null);

  const fitView = useCallback((): View | null => {
    if (!natural || frame.width === 0) return null;
    const scale = Math.min(frame.width / natural.width, frame.height / natural.height);
    return {
      scale,
      x: (frame.width - natural.width * scale) / 2,
      y: (frame.height - natural.height * scale) / 2,
    };
  }, [natural, frame]);

  const fitToFrame = useCallback(() => {
    const fitted = fitView();
    if (fitted) setView(fitted);
    touched.current = false;
  }, [fitView]);

  // A new image starts fitted; a resized panel refits unless the user has zoomed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: src marks a new image.
  useEffect(() => {
    setNatural(null);
    setFailed(false);
    touched.current = false;
  }, [src]);

  useEffect(() => {
    if (!touched.current) fitToFrame();
  }, [fitToFrame]);

  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setFrame({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const zoomAt = useCallback(
    (factor: number, pointX: number, pointY: number) => {
      const minimum = (fitView()?.scale ?? 1) / 2;
      touched.current = true;
      setView((current) => {
        const scale = Math.min(MAX_SCALE, Math.max(minimum, current.scale * factor));
        const ratio = scale / current.scale;
        return { scale, x: pointX - (pointX - current.x) * ratio, y: pointY - (pointY - current.y) * ratio };
      });
    },
    [fitView],
  );

  // React listens to wheel passively, so preventing the page from scrolling needs a native listener.
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = element.getBoundingClientRect();
      zoomAt(Math.exp(-event.deltaY * WHEEL_SPEED), event.clientX - rect.left, event.clientY - rect.top);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [zoomAt]);

  const zoomCentre = (factor: number) => zoomAt(factor, frame.width / 2, frame.height / 2);

  const actualSize = () => {
    if (!natural) return;
    touched.current = true;
    setView((current) => {
      // Keep the point at the centre of the frame where it is.
      const centreX = (frame.width / 2 - current.x) / current.scale;
      const centreY = (frame.height / 2 - current.y) / current.scale;
      return { scale: 1, x: frame.width / 2 - centreX, y: frame.height / 2 - centreY };
    });
  };

  const focusBox = (box: PixelBox) => {
    const width = Math.max(box[2] - box[0], 1);
    const height = Math.max(box[3] - box[1], 1);
    // The box fills about a third of the frame, so its surroundings stay in view.
    const scale = Math.min(MAX_SCALE, (frame.width / width) * 0.35, (frame.height / height) * 0.35);
    touched.current = true;
    setView({
      scale,
      x: frame.width / 2 - ((box[0] + box[2]) / 2) * scale,
      y: frame.height / 2 - ((box[1] + box[3]) / 2) * scale,
    });
  };

  const pan = (dx: number, dy: number) => {
    touched.current = true;
    setView((current) => ({ ...current, x: current.x + dx, y: current.y + dy }));
  };

  const keyAction = (key: string): (() => void) | undefined => {
    const step = 60;
    switch (key) {
      case '+':
      case '=':
        return () => zoomCentre(1.5);
      case '-':
        return () => zoomCentre(1 / 1.5);
      case '0':
        return fitToFrame;
      case 'ArrowLeft':
        return () => pan(step, 0);
      case 'ArrowRight':
        return () => pan(-step, 0);
      case 'ArrowUp':
        return () => pan(0, step);
      case 'ArrowDown':
        return () => pan(0, -step);
      default:
        return undefined;
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const action = keyAction(event.key);
    if (action && !event.metaKey && !event.ctrlKey && !event.altKey) {
      event.preventDefault();
      event.stopPropagation();
      action();
    }
  };

  const screen = (box: PixelBox) => ({
    x: view.x + box[0] * view.scale,
    y: view.y + box[1] * view.scale,
    width: Math.max((box[2] - box[0]) * view.scale, 2),
    height: Math.max((box[3] - box[1]) * view.scale, 2),
  });

  return (
    <div className="zoom-image">
      <div
        ref={viewport}
        className="zoom-viewport"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the image pans and zooms from the keyboard.
        tabIndex={0}
        role="application"
        aria-label={`${alt}: scroll or press + and − to zoom, drag or use the arrow keys to pan, 0 to fit`}
        onKeyDown={onKeyDown}
        onPointerDown={(event) => {
          if (event.button !== 0) return;
          event.currentTarget.setPointerCapture(event.pointerId);
          drag.current = { pointer: event.pointerId, x: event.clientX, y: event.clientY };
        }}
        onPointerMove={(event) => {
          const start = drag.current;
          if (!start || start.pointer !== event.pointerId) return;
          pan(event.clientX - start.x, event.clientY - start.y);
          drag.current = { pointer: event.pointerId, x: event.clientX, y: event.clientY };
        }}
        onPointerUp={() => {
          drag.current = null;
        }}
        onPointerCancel={() => {
          drag.current = null;
        }}
        onDoubleClick={(event) => {
          const rect = event.currentTarget.getBoundingClientRect();
          zoomAt(2, event.clientX - rect.left, event.clientY - rect.top);
        }}
      >
        {failed ? (
          <div className="image-missing zoom-missing">image unavailable</div>
        ) : (
          <img
            src={imageSrc(src)}
            alt={alt}
            draggable={false}
            className={view.scale >= 3 ? 'is-pixelated' : ''}
            style={{
              width: natural?.width,
              height: natural?.height,
              transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})`,
              visibility: natural ? 'visible' : 'hidden',
            }}
            onLoad={(event) =>
              setNatural({
                width: event.currentTarget.naturalWidth,
                height: event.currentTarget.naturalHeight,
              })
            }
            onError={() => setFailed(true)}
          />
        )}
        {!natural && !failed ? <span className="spinner zoom-spinner" aria-hidden="true" /> : null}
        {natural && showBoxes && boxes.length > 0 ? (
          <svg className="zoom-boxes" width={frame.width} height={frame.height} aria-hidden="true">
            {placeLabels(boxes.map((drawn) => ({ ...drawn, rect: screen(drawn.box) }))).map(
              (drawn, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: boxes have no id and never reorder.
                <g key={index} className={`zoom-box zoom-box-${drawn.kind}`}>
                  <rect
                    x={drawn.rect.x}
                    y={drawn.rect.y}
                    width={drawn.rect.width}
                    height={drawn.rect.height}
                  />
                  <text x={drawn.labelX} y={drawn.labelY}>
                    {drawn.label}
                  </text>
                </g>
              ),
            )}
          </svg>
        ) : null}
      </div>
      <div className="zoom-controls">
        <button type="button" onClick={() => zoomCentre(1.5)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoomCentre(1 / 1.5)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={fitToFrame}>
          Fit
        </button>
        <button type="button" onClick={actualSize} disabled={!natural}>
          1:1
        </button>
        <span className="muted zoom-scale">{natural ? `${Math.round(view.scale * 100)}%` : ''}</span>
        {natural ? (
          <span className="muted zoom-size">
            {natural.width}×{natural.height}
          </span>
        ) : null}
        {boxes.length > 0 ? (
          <label className="zoom-toggle">
            <input
              type="checkbox"
              checked={showBoxes}
              onChange={(event) => setShowBoxes(event.target.checked)}
            />
            boxes
          </label>
        ) : null}
      </div>
      {boxes.length > 0 ? (
        <div className="zoom-legend">
          {boxes.map((drawn, index) => (
            <button
              // biome-ignore lint/suspicious/noArrayIndexKey: boxes have no id and never reorder.
              key={index}
              type="button"
              className={`legend-chip legend-${drawn.kind}`}
              onClick={() => focusBox(drawn.box)}
              disabled={!natural}
              title={`[${drawn.box.join(', ')}]`}
            >
              {drawn.kind === 'zoom' ? 'model zoom: ' : 'target: '}
              {drawn.label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}

interface ScreenRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const LABEL_HEIGHT = 13;
const CHARACTER_WIDTH = 6.5;

/**
 * A label sits above its box, or below it when that spot is taken: a detail's box usually lies
 * inside its garment's box, and two labels on one line cannot be read.
 */
function placeLabels<T extends { label: string; rect: ScreenRect }>(boxes: readonly T[]) {
  const taken: ScreenRect[] = [];
  const overlaps = (a: ScreenRect) =>
    taken.some(
      (b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
    );
  return boxes.map((drawn) => {
    const width = drawn.label.length * CHARACTER_WIDTH;
    const above = { x: drawn.rect.x, y: drawn.rect.y - LABEL_HEIGHT - 3, width, height: LABEL_HEIGHT };
    const below = { x: drawn.rect.x, y: drawn.rect.y + drawn.rect.height + 3, width, height: LABEL_HEIGHT };
    const spot = overlaps(above) && !overlaps(below) ? below : above;
    taken.push(spot);
    return { ...drawn, labelX: spot.x, labelY: spot.y + LABEL_HEIGHT - 3 };
  });
}
