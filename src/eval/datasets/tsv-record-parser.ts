import { AtelierError } from '../../core/index.ts';

/** One record of a TSV file, with where it lies so it can be read again on its own. */
export interface TsvRecord {
  fields: string[];
  /** 1-based line where the record starts (a quoted field may span several lines). */
  line: number;
  /** Byte offsets of the record in the file, [start, end), line ending included. */
  start: number;
  end: number;
}

const TAB = 0x09;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const QUOTE = 0x22;
const QUOTE_BYTES = Buffer.from('"');

/**
 * An incremental reader of the TSV that pandas writes (`to_csv(sep='\t')`, minimal quoting): a
 * field holding a tab, a line break or a quote is wrapped in double quotes with inner quotes
 * doubled; records end in LF or CRLF. It works on bytes, not strings, for two reasons: a base64
 * image cell can be tens of megabytes split across many chunks (collected as slices and decoded
 * once), and byte offsets let the loader read one record again later (an image that other rows
 * reference by index) without keeping it in memory.
 */
export class TsvRecordParser {
  private fields: string[] = [];
  private parts: Buffer[] = [];
  private state: 'field-start' | 'unquoted' | 'quoted' | 'quote-seen' = 'field-start';
  private offset: number;
  private line: number;
  private recordStart: number;
  private recordLine: number;
  private readonly label: string;

  constructor(options: { label: string; offset?: number; line?: number }) {
    this.label = options.label;
    this.offset = options.offset ?? 0;
    this.line = options.line ?? 1;
    this.recordStart = this.offset;
    this.recordLine = this.line;
  }

  push(chunk: Buffer): TsvRecord[] {
    const records: TsvRecord[] = [];
    const length = chunk.length;
    let index = 0;
    while (index < length) {
      if (this.state === 'field-start') {
        if (chunk[index] === QUOTE) {
          this.state = 'quoted';
          index++;
        } else this.state = 'unquoted';
      } else if (this.state === 'unquoted') {
        let end = index;
        let byte = -1;
        while (end < length) {
          byte = chunk[end]!;
          if (byte === TAB || byte === NEWLINE) break;
          end++;
        }
        if (end > index) this.parts.push(chunk.subarray(index, end));
        if (end === length) break;
        index = end + 1;
        if (byte === TAB) this.endField(false);
        else {
          this.endField(true);
          this.line++;
          const record = this.endRecord(this.offset + index);
          if (record !== undefined) records.push(record);
        }
      } else if (this.state === 'quoted') {
        const quote = chunk.indexOf(QUOTE, index);
        const end = quote === -1 ? length : quote;
        for (let position = index; position < end; position++) if (chunk[position] === NEWLINE) this.line++;
        if (end > index) this.parts.push(chunk.subarray(index, end));
        if (quote === -1) break;
        this.state = 'quote-seen';
        index = quote + 1;
      } else {
        if (chunk[index] === QUOTE) {
          this.parts.push(QUOTE_BYTES);
          this.state = 'quoted';
          index++;
        } else {
          // The closing quote. What follows is normally the tab or line end, read as unquoted.
          this.state = 'unquoted';
        }
      }
    }
    this.offset += length;
    return records;
  }

  /** The last record of a file that does not end in a line break. */
  finish(): TsvRecord | undefined {
    if (this.state === 'quoted') {
      throw new AtelierError(
        'INVALID_SOURCE',
        `${this.label}:${this.recordLine}: a quoted field is never closed (the rest of the file is inside it)`,
        { hint: 'The file is truncated or not a TSV written with pandas; download it again.' },
      );
    }
    if (this.state === 'field-start' && this.fields.length === 0) return undefined;
    this.endField(true);
    return this.endRecord(this.offset);
  }

  private endField(atLineEnd: boolean): void {
    let bytes = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts);
    if (atLineEnd && bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN) {
      bytes = bytes.subarray(0, bytes.length - 1);
    }
    this.fields.push(bytes.toString('utf8'));
    this.parts = [];
    this.state = 'field-start';
  }

  private endRecord(end: number): TsvRecord | undefined {
    const fields = this.fields;
    const record = { fields, line: this.recordLine, start: this.recordStart, end };
    this.fields = [];
    this.recordStart = end;
    this.recordLine = this.line;
    // A blank line is not a record with one empty field.
    return fields.length === 1 && fields[0] === '' ? undefined : record;
  }
}
