import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCHETYPE_PROFILES, ARCHETYPES, PALETTE } from '../world/index.ts';
import { createApp } from './app.ts';
import type { AssetCard } from './asset-cards.ts';
import { createServerTestHome, type ServerTestHome } from './test-support/server-test-home.ts';

let world: ServerTestHome;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  world = await createServerTestHome({ index: false });
  app = createApp({ store: world.store });
}, 120_000);

afterAll(async () => {
  await world?.close();
});

describe('GET /api/boards', () => {
  it('lists every user with the size of their board', async () => {
    const response = await app.request('/api/boards');
    expect(response.status).toBe(200);
    const { boards } = (await response.json()) as {
      boards: {
        user: string;
        itemCount: number;
        preview: AssetCard[];
        latentTaste: Record<string, number>;
      }[];
    };
    expect(boards.map((board) => board.user)).toEqual(['user-0001', 'user-0002', 'user-0003']);
    for (const board of boards) {
      expect(board.itemCount).toBe(6);
      expect(board.preview).toHaveLength(4);
      const weights = Object.values(board.latentTaste);
      expect(weights.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 5);
    }
  });
});

describe('GET /api/boards/:user', () => {
  it('returns the items with the stored and the inferred taste', async () => {
    const response = await app.request('/api/boards/user-0001');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      items: AssetCard[];
      missing: string[];
      latentTaste: Record<string, number>;
      inferredTaste: {
        archetypes: Record<string, number>;
        summary: { colors: { value: string; share: number }[]; formalityMean: number };
        fromItems: number;
      };
    };
    expect(body.items).toHaveLength(6);
    expect(body.missing).toEqual([]);
    expect(body.inferredTaste.fromItems).toBe(6);
    expect(body.inferredTaste.summary.colors.length).toBeGreaterThan(0);
    expect(body.inferredTaste.summary.formalityMean).toBeGreaterThan(0);
    // The inferred mixture should name the archetype that generated most of the board.
    const top = (mixture: Record<string, number>) =>
      Object.entries(mixture).sort((left, right) => right[1] - left[1])[0]![0];
    expect(Object.keys(body.inferredTaste.archetypes)).toContain(top(body.latentTaste));
  });

  it("carries the world's own profiles and hex values for what the board names", async () => {
    const response = await app.request('/api/boards/user-0002');
    const body = (await response.json()) as {
      latentTaste: Record<string, number>;
      inferredTaste: { archetypes: Record<string, number>; summary: { colors: { value: string }[] } };
      archetypes: Record<
        string,
        {
          description: string;
          colors: Record<string, number>;
          patterns: Record<string, number>;
          formality: number;
        }
      >;
      colors: Record<string, { hex: string }>;
    };
    const named = new Set([...Object.keys(body.latentTaste), ...Object.keys(body.inferredTaste.archetypes)]);
    expect(named.size).toBeGreaterThan(0);
    // World order, so the page lists archetypes as the world does.
    expect(Object.keys(body.archetypes)).toEqual(ARCHETYPES.filter((name) => named.has(name)));
    const expectedColors = new Set(body.inferredTaste.summary.colors.map((share) => share.value));
    for (const [name, view] of Object.entries(body.archetypes)) {
      const profile = ARCHETYPE_PROFILES[name as keyof typeof ARCHETYPE_PROFILES];
      expect(view).toEqual({
        description: profile.description,
        colors: profile.colors,
        patterns: profile.patterns,
        formality: profile.formality,
      });
      for (const color of Object.keys(profile.colors)) expectedColors.add(color);
    }
    expect(expectedColors.size).toBeGreaterThan(0);
    expect(Object.keys(body.colors).sort()).toEqual([...expectedColors].sort());
    for (const [name, color] of Object.entries(body.colors)) {
      expect(color.hex).toBe(PALETTE[name as keyof typeof PALETTE].hex);
    }
  });

  it('is a 404 for a user without a board', async () => {
    const response = await app.request('/api/boards/nobody');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });
});
