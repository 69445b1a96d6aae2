/**
 * A small RFC 4180 reader: comma-separated, fields optionally in double quotes, `""` for a quote
 * inside quotes, quoted fields may hold commas and line breaks, rows end in LF, CRLF or CR. A UTF-8
 * byte-order mark is dropped. Written here rather than taken as a dependency because this is all
 * the metadata files need and the edge cases are few and tested.
 *
 * Errors stay per row: an unterminated quote makes that row (and only it, since it swallows the rest
 * of the file) an error, and a stray quote inside an unquoted field is kept as a character, as
 * spreadsheets do.
 */
export type CsvRow = { line: number; fields: string[] } | { line: number; error: string };

export function parseCsv(text: string): CsvRow[] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let index = 0;
  let atFieldStart = true;

  const endRow = () => {
    fields.push(field);
    // A blank line is not a row with one empty field.
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
    atFieldStart = true;
  };

  while (index < input.length) {
    const char = input[index]!;
    if (atFieldStart && char === '"') {
      const closed = readQuoted(input, index + 1);
      if (closed === undefined) {
        rows.push({ line: rowLine, error: 'a quoted field is never closed' });
        return rows;
      }
      field += closed.value;
      line += closed.lineBreaks;
      index = closed.next;
      atFieldStart = false;
      continue;
    }
    atFieldStart = false;
    if (char === ',') {
      fields.push(field);
      field = '';
      atFieldStart = true;
      index++;
    } else if (char === '\n' || char === '\r') {
      index += char === '\r' && input[index + 1] === '\n' ? 2 : 1;
      endRow();
      line++;
      rowLine = line;
    } else {
      field += char;
      index++;
    }
  }
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}

/** Reads a quoted field's body starting after its opening quote; undefined when it never closes. */
function readQuoted(
  input: string,
  start: number,
): { value: string; next: number; lineBreaks: number } | undefined {
  let value = '';
  let lineBreaks = 0;
  let index = start;
  while (index < input.length) {
    const char = input[index]!;
    if (char === '"') {
      if (input[index + 1] === '"') {
        value += '"';
        index += 2;
        continue;
      }
      return { value, next: index + 1, lineBreaks };
    }
    if (char === '\n' || (char === '\r' && input[index + 1] !== '\n')) lineBreaks++;
    value += char;
    index++;
  }
  return undefined;
}
