import { describe, expect, it } from 'vitest';
import { type TsvRecord, TsvRecordParser } from './tsv-record-parser.ts';

function parse(text: string, chunkBytes = Number.POSITIVE_INFINITY): TsvRecord[] {
  const bytes = Buffer.from(text, 'utf8');
  const parser = new TsvRecordParser({ label: 'test.tsv' });
  const records: TsvRecord[] = [];
  const step = Math.min(chunkBytes, Math.max(bytes.length, 1));
  for (let start = 0; start < bytes.length; start += step) {
    records.push(...parser.push(bytes.subarray(start, start + step)));
  }
  const last = parser.finish();
  if (last !== undefined) records.push(last);
  return records;
}

// What pandas writes for to_csv(sep='\t'): quotes only around fields with a tab, line break or quote.
const PANDAS = [
  'index\tquestion\tA',
  '1\t"Is it\tred?"\tyes',
  '2\t"Two\nlines, ""quoted"""\tno',
  '3\tplain é ünïcode\t',
  '',
].join('\n');

describe('TsvRecordParser', () => {
  it('reads quoted tabs, line breaks and doubled quotes, and numbers records by their first line', () => {
    const records = parse(PANDAS);
    expect(records.map((record) => record.fields)).toEqual([
      ['index', 'question', 'A'],
      ['1', 'Is it\tred?', 'yes'],
      ['2', 'Two\nlines, "quoted"', 'no'],
      ['3', 'plain é ünïcode', ''],
    ]);
    expect(records.map((record) => record.line)).toEqual([1, 2, 3, 5]);
  });

  it('gives the same records whatever the chunk size, even when a chunk splits a UTF-8 character', () => {
    const whole = parse(PANDAS);
    for (const size of [1, 2, 3, 7]) expect(parse(PANDAS, size)).toEqual(whole);
  });

  it('gives byte offsets that slice exactly one record out of the file', () => {
    const bytes = Buffer.from(PANDAS, 'utf8');
    for (const record of parse(PANDAS)) {
      const again = new TsvRecordParser({ label: 'x', offset: record.start, line: record.line });
      const slice = bytes.subarray(record.start, record.end);
      const found = again.push(slice)[0] ?? again.finish();
      expect(found).toEqual(record);
    }
  });

  it('accepts CRLF line ends, skips blank lines and reads a last line without a line break', () => {
    expect(parse('a\tb\r\n\r\n"x\r\ny"\tz\r\nlast\t').map((record) => record.fields)).toEqual([
      ['a', 'b'],
      ['x\r\ny', 'z'],
      ['last', ''],
    ]);
  });

  it('keeps a quote inside an unquoted field as a character', () => {
    expect(parse('say "hi"\tok\n')[0]?.fields).toEqual(['say "hi"', 'ok']);
  });

  it('refuses a quoted field that never closes, naming the line where it opened', () => {
    expect(() => parse('a\tb\n1\t"open\nmore\n')).toThrow(/test\.tsv:2: a quoted field is never closed/);
  });
});
