import { AtelierError } from '../../core/index.ts';

export interface GenerateOptions {
  seed: number;
  items: number;
  outfits: number;
  boards: number;
  scenes: number;
  /** Side of product and outfit images, in pixels. */
  size: number;
  /** Side of the high-resolution detail scenes, in pixels. */
  sceneSize: number;
  /** Items saved on each user board. */
  boardSize: number;
  out: string;
  force: boolean;
  /** Images rendered at once; results are written in order whatever this is. */
  concurrency: number;
}

export const SIZE_LIMITS = { min: 64, max: 8192 } as const;

/** Defaults that scale with the catalog so that `--items N` alone gives a usable world. */
export function defaultCounts(items: number): Pick<GenerateOptions, 'outfits' | 'boards' | 'scenes'> {
  return {
    outfits: Math.floor(items / 10),
    boards: Math.floor(items / 50),
    scenes: Math.min(4, Math.ceil(items / 250)),
  };
}

function requireInteger(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range =
      max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
    throw new AtelierError('INVALID_ARGUMENT', `--${name} must be ${range}, got ${value}`, {
      hint: `Pass --${name} ${Math.max(min, 1)} or another value in range.`,
    });
  }
}

export function validateGenerateOptions(options: GenerateOptions): GenerateOptions {
  requireInteger('seed', options.seed, 0, 2 ** 32 - 1);
  requireInteger('items', options.items, 1, 10_000_000);
  requireInteger('outfits', options.outfits, 0);
  requireInteger('boards', options.boards, 0);
  requireInteger('scenes', options.scenes, 0);
  requireInteger('size', options.size, SIZE_LIMITS.min, SIZE_LIMITS.max);
  requireInteger('scene-size', options.sceneSize, 512, SIZE_LIMITS.max);
  requireInteger('board-size', options.boardSize, 1);
  requireInteger('concurrency', options.concurrency, 1, 256);
  if (options.boards > 0 && options.boardSize > options.items) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `--board-size ${options.boardSize} is larger than the catalog (--items ${options.items})`,
      { hint: 'Generate more items or save fewer items per board.' },
    );
  }
  if (options.out.trim() === '') {
    throw new AtelierError('INVALID_ARGUMENT', '--out must name a folder', {
      hint: 'Pass --out ./my-world.',
    });
  }
  return options;
}
