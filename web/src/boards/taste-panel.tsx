import { useState } from 'react';
import type { ArchetypeMixture, ArchetypeProfiles, ColorTable, InferredTaste, Share } from './board-types.ts';
import { ColorSwatches } from './color-swatches.tsx';
import { ComparisonBars, type ComparisonRow } from './comparison-bars.tsx';
import { expectedFormality, expectedPalette, expectedPatterns, orderedArchetypes } from './expected-taste.ts';
import { FormalityScale } from './formality-scale.tsx';
import { mixtureOverlap, percent, rankedArchetypes } from './taste-agreement.ts';

/** Matches the width at which boards.css puts the panel beside the items. */
const WIDE = '(min-width: 901px)';

interface TastePanelProps {
  latent: ArchetypeMixture | null;
  inferred: InferredTaste | null;
  /** The world's profiles of the archetypes either side names, as the board API sends them. */
  profiles: ArchetypeProfiles;
  colors: ColorTable;
}

function compare(world: readonly Share[] | null, inferred: readonly Share[] | null): ComparisonRow[] {
  const worldShares = new Map(world?.map((share) => [share.value, share.share]));
  const inferredShares = new Map(inferred?.map((share) => [share.value, share.share]));
  const labels = [...new Set([...worldShares.keys(), ...inferredShares.keys()])];
  return labels.map((label) => ({
    label,
    world: world ? (worldShares.get(label) ?? 0) : null,
    inferred: inferred ? (inferredShares.get(label) ?? 0) : null,
  }));
}

function toShares(mixture: ArchetypeMixture, profiles: ArchetypeProfiles): Share[] {
  return orderedArchetypes(Object.keys(mixture), profiles).map((value) => ({
    value,
    share: mixture[value] ?? 0,
  }));
}

function Headline({ latent, inferred }: { latent: ArchetypeMixture; inferred: ArchetypeMixture }) {
  const overlap = mixtureOverlap(latent, inferred);
  const worldTop = rankedArchetypes(latent)[0]?.[0];
  const inferredTop = rankedArchetypes(inferred)[0]?.[0];
  const sameTop = worldTop !== undefined && worldTop === inferredTop;
  return (
    <span className="taste-headline">
      <span
        className={`badge ${overlap >= 0.7 ? 'badge-correct' : overlap >= 0.4 ? 'badge-unparseable' : 'badge-wrong'}`}
        title="Share of the archetype mixture the two have in common (sum of the smaller weight of each)"
      >
        {percent(overlap)} agreement
      </span>{' '}
      {sameTop ? (
        <span>
          dominant aesthetic <strong>{worldTop}</strong> recovered ✓
        </span>
      ) : (
        <span>
          dominant: world <strong>{worldTop ?? '—'}</strong>, inferred <strong>{inferredTop ?? '—'}</strong>
        </span>
      )}
    </span>
  );
}

/**
 * The board's taste twice: the mixture the world generator sampled it from (ground truth, with the
 * palette, patterns and formality its archetypes imply) and what the world's model infers from the
 * saved items alone, so one can see how much of a taste is recoverable from a board.
 */
export function TastePanel({ latent, inferred, profiles, colors }: TastePanelProps) {
  // Open beside the items; on a phone it would push every image a screen down, so it starts closed.
  const [open, setOpen] = useState(() => window.matchMedia(WIDE).matches);
  const summary = inferred?.summary ?? null;
  const worldPalette = latent ? expectedPalette(latent, profiles) : null;
  const worldColors = new Set(worldPalette?.map((share) => share.value));
  const seenColors = new Set(summary?.colors.map((share) => share.value));
  const description = latent
    ? rankedArchetypes(latent)
        .map(([name]) => profiles[name]?.description)
        .filter(Boolean)
        .join('; ')
    : '';

  return (
    <section className="taste-panel card" data-testid="taste-panel" aria-labelledby="taste-heading">
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <h2 id="taste-heading">Taste</h2>
          {latent && inferred ? <Headline latent={latent} inferred={inferred.archetypes} /> : null}
        </summary>
        <p className="taste-legend">
          <span className="legend-key is-world" /> world's ground truth{' '}
          <span className="muted">(the latent taste the generator sampled this board from)</span>
          <br />
          <span className="legend-key is-inferred" /> inferred from the items{' '}
          {inferred ? <span className="muted">({inferred.fromItems} with world attributes)</span> : null}
        </p>
        {!latent ? (
          <p className="taste-note muted">
            No ground truth: this board was not sampled by the world generator, so only the inferred taste is
            shown.
          </p>
        ) : null}
        {!inferred ? (
          <p className="taste-note muted">
            Nothing to infer from: none of the saved items carries the world's attributes (own photos say
            nothing about archetypes).
          </p>
        ) : null}

        <h3>Aesthetic</h3>
        <ComparisonBars
          caption="Archetype weights: world ground truth and inferred"
          rows={compare(
            latent ? toShares(latent, profiles) : null,
            inferred ? toShares(inferred.archetypes, profiles) : null,
          )}
        />
        {description ? <p className="taste-description muted">{description}</p> : null}

        <h3>Palette</h3>
        {worldPalette ? (
          <>
            <p className="taste-sublabel is-world">World: expected from its archetypes</p>
            <ColorSwatches
              colors={worldPalette}
              table={colors}
              shared={seenColors}
              label="Expected palette (ground truth)"
            />
          </>
        ) : null}
        {summary ? (
          <>
            <p className="taste-sublabel is-inferred">Inferred: seen on the items</p>
            <ColorSwatches
              colors={summary.colors}
              table={colors}
              shared={worldColors}
              label="Colours seen on the items"
            />
          </>
        ) : null}

        <h3>Patterns</h3>
        <ComparisonBars
          caption="Pattern shares: expected by the world and seen on the items"
          rows={compare(latent ? expectedPatterns(latent, profiles) : null, summary?.patterns ?? null)}
        />

        <h3>Formality</h3>
        <FormalityScale
          world={latent ? expectedFormality(latent, profiles) : null}
          inferred={summary ? summary.formalityMean : null}
        />

        {summary && summary.categories.length > 0 ? (
          <>
            <h3>Most saved</h3>
            <ul className="taste-categories" aria-label="Most saved categories">
              {summary.categories.map((category) => (
                <li key={category.value}>
                  {category.value} <span className="muted">{percent(category.share)}</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </details>
    </section>
  );
}
