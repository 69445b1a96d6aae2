import { describe, expect, it } from 'vitest';
import type { Formality, PatternKind, Season, Texture } from '../vocabulary.ts';
import { PATTERN_ADJECTIVES } from './caption-patterns.ts';
import {
  COLOR_WORDS,
  FORMALITY_WORDS,
  HARDWARE_WORDS,
  SEASON_WORDS,
  TEXTURE_WORDS,
} from './caption-words.ts';
import { parsePrompt } from './parse-prompt.ts';

/** Every word a caption may use must read back as the value it was chosen for. */
describe('caption vocabulary', () => {
  it('reads every colour variant back as its palette colour', () => {
    for (const [color, variants] of Object.entries(COLOR_WORDS)) {
      for (const word of variants) expect(parsePrompt(`a ${word} shirt`).attributes.color, word).toBe(color);
    }
    for (const [color, variants] of Object.entries(HARDWARE_WORDS)) {
      for (const word of variants)
        expect(parsePrompt(`${word} buttons`).attributes.hardware, word).toBe(color);
    }
  });

  it('reads every texture, pattern, formality and season word back', () => {
    for (const [texture, variants] of Object.entries(TEXTURE_WORDS) as [Texture, readonly string[]][]) {
      for (const word of variants.filter(Boolean)) {
        expect(parsePrompt(`a ${word} bag`).attributes.texture, word).toBe(texture);
      }
    }
    for (const [kind, variants] of Object.entries(PATTERN_ADJECTIVES) as [PatternKind, readonly string[]][]) {
      for (const word of variants)
        expect(parsePrompt(`a ${word} scarf`).attributes.pattern?.kind, word).toBe(kind);
    }
    for (const [level, variants] of Object.entries(FORMALITY_WORDS)) {
      for (const word of variants) {
        expect(parsePrompt(`a ${word} piece`).attributes.formality, word).toBe(Number(level) as Formality);
      }
    }
    for (const [season, variants] of Object.entries(SEASON_WORDS) as [Season, readonly string[]][]) {
      for (const word of variants) expect(parsePrompt(`for ${word}`).attributes.season, word).toBe(season);
    }
  });
});
