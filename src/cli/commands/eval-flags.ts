import { AtelierError } from '../../core/index.ts';

/** A non-negative decimal from the command line (prices, a cost cap). */
export function amountOption(flag: string) {
  return (value: string): number => {
    const number = Number(value.trim());
    if (value.trim() === '' || !Number.isFinite(number) || number < 0) {
      throw new AtelierError('INVALID_ARGUMENT', `${flag} must be a number ≥ 0, got "${value}"`, {
        hint: `Pass ${flag} followed by an amount, for example ${flag} 2.5.`,
      });
    }
    return number;
  };
}

export type SuiteOptionValue = string | number | boolean;

/** `--option key=value`, repeatable; numbers and true/false are read as such. */
export function collectSuiteOption(
  text: string,
  previous: Record<string, SuiteOptionValue>,
): Record<string, SuiteOptionValue> {
  const equals = text.indexOf('=');
  const key = equals < 0 ? '' : text.slice(0, equals).trim();
  if (key === '') {
    throw new AtelierError('INVALID_ARGUMENT', `--option must look like key=value, got "${text}"`, {
      hint: 'Pass suite knobs one per flag, e.g. --option distractors=3 --option resolution=1024.',
    });
  }
  const raw = text.slice(equals + 1).trim();
  let value: SuiteOptionValue = raw;
  if (raw === 'true' || raw === 'false') value = raw === 'true';
  else if (raw !== '' && Number.isFinite(Number(raw))) value = Number(raw);
  return { ...previous, [key]: value };
}

export function percent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}
