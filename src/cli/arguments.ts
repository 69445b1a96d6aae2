import { AtelierError } from '../core/index.ts';

/** Commander hands options over as strings; these turn them into checked numbers with clear errors. */
export function integerOption(flag: string) {
  return (value: string): number => {
    if (!/^-?\d+$/.test(value.trim())) {
      throw new AtelierError('INVALID_ARGUMENT', `${flag} must be a whole number, got "${value}"`, {
        hint: `Pass ${flag} followed by a number, for example ${flag} 100.`,
      });
    }
    return Number(value);
  };
}
