import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, escaped quotes and line breaks, with CRLF rows', () => {
    const text = '\uFEFFid,title,tags\r\n1,"Skirt, ""midi""","a;b"\r\n2,"two\nlines",\r\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['id', 'title', 'tags'] },
      { line: 2, fields: ['1', 'Skirt, "midi"', 'a;b'] },
      { line: 3, fields: ['2', 'two\nlines', ''] },
    ]);
  });

  it('numbers rows by the line they start on, skips blank lines and accepts CR-only endings', () => {
    expect(parseCsv('a\n\n"x\ny"\rlast')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 3, fields: ['x\ny'] },
      { line: 5, fields: ['last'] },
    ]);
    expect(parseCsv('a,b')).toEqual([{ line: 1, fields: ['a', 'b'] }]);
    expect(parseCsv('')).toEqual([]);
  });

  it('keeps a stray quote inside an unquoted field and reports an unterminated quote on its row', () => {
    expect(parseCsv('5"4,x\n')).toEqual([{ line: 1, fields: ['5"4', 'x'] }]);
    expect(parseCsv('id\n1\n"open,2\n3\n')).toEqual([
      { line: 1, fields: ['id'] },
      { line: 2, fields: ['1'] },
      { line: 3, error: 'a quoted field is never closed' },
    ]);
  });
});
