import { useMemo, useRef } from 'react';
import { AssetTile } from './asset-tile.tsx';
import type { GridCard } from './explore-types.ts';
import { imageHeight, masonryLayout } from './masonry-layout.ts';
import { useElementWidth } from './use-element-width.ts';
import { useVisibleBand } from './use-visible-band.ts';

const CAPTION_HEIGHT = 46;
/** Tiles render this far beyond the viewport, so a fling or a Tab never meets an empty column. */
const OVERSCAN = 1200;
/** Below this many tiles all stay in the DOM (every link reachable by Tab and find-in-page). */
const WINDOW_FROM = 120;
/** The first screenful loads at once; everything below waits until it nears the viewport. */
const EAGER_TILES = 12;

interface MasonryGridProps {
  cards: readonly GridCard[];
  testId?: string;
  label: string;
}

/**
 * The catalog as a Pinterest board: columns as many as the width allows, each tile placed from its
 * known size before its image arrives, and only the tiles near the viewport in the DOM.
 */
export function MasonryGrid({ cards, testId, label }: MasonryGridProps) {
  const ref = useRef<HTMLUListElement>(null);
  const width = useElementWidth(ref);
  const band = useVisibleBand(ref, OVERSCAN);
  const narrow = width > 0 && width < 560;
  const windowed = cards.length >= WINDOW_FROM;
  const layout = useMemo(
    () =>
      masonryLayout(cards, {
        containerWidth: width,
        minColumnWidth: narrow ? 150 : 200,
        minColumns: 2,
        gap: narrow ? 10 : 16,
        captionHeight: CAPTION_HEIGHT,
      }),
    [cards, width, narrow],
  );
  return (
    <ul
      ref={ref}
      className="masonry-grid"
      style={{ height: width > 0 ? layout.height : undefined }}
      data-testid={testId}
      aria-label={label}
    >
      {width > 0
        ? cards.map((card, index) => {
            const place = layout.placements[index];
            if (!place) return null;
            if (windowed && (place.y > band.bottom || place.y + place.height < band.top)) return null;
            return (
              <li
                key={card.id}
                className="masonry-cell"
                style={{ transform: `translate(${place.x}px, ${place.y}px)`, width: place.width }}
              >
                <AssetTile
                  card={card}
                  style={{ height: place.height }}
                  imageHeight={imageHeight(card, layout.columnWidth)}
                  captionHeight={CAPTION_HEIGHT}
                  eager={index < EAGER_TILES}
                />
              </li>
            );
          })
        : null}
    </ul>
  );
}
