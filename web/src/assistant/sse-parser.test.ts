import { describe, expect, it } from 'vitest';
import { createSseParser, readServerSentEvents, type ServerSentEvent } from './sse-parser.ts';

function parse(chunks: readonly string[]): ServerSentEvent[] {
  const events: ServerSentEvent[] = [];
  const parser = createSseParser((event) => events.push(event));
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return events;
}

/** Every way of cutting `text` into two chunks, plus one chunk per character. */
function splits(text: string): string[][] {
  const result: string[][] = [[text], [...text]];
  for (let cut = 1; cut < text.length; cut++) result.push([text.slice(0, cut), text.slice(cut)]);
  return result;
}

function streamOf(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

describe('createSseParser', () => {
  it('reads named and unnamed events, dropping one space after the colon', () => {
    const text = 'event: start\ndata: {"a":1}\n\ndata:plain\n\n';
    expect(parse([text])).toEqual([
      { event: 'start', data: '{"a":1}' },
      { event: 'message', data: 'plain' },
    ]);
  });

  it('gives the same events however the stream is cut into chunks', () => {
    // Two events, the second with two data lines that join with \n; \r\n and bare \r line ends mixed.
    const text = 'event: text\r\ndata: one\r\n\r\nevent: done\rdata: two\rdata: three\r\r';
    const expected = [
      { event: 'text', data: 'one' },
      { event: 'done', data: 'two\nthree' },
    ];
    for (const chunks of splits(text)) expect(parse(chunks), JSON.stringify(chunks)).toEqual(expected);
  });

  it('counts \\r\\n split across chunks as one line end, not a blank line', () => {
    // Were the \n read as a blank line, "a" would be dispatched alone and "b" after it.
    expect(parse(['data: a\r', '\ndata: b\r', '\n\r', '\n'])).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('keeps the pending \\r\\n state across an empty chunk', () => {
    // A stream may deliver a zero-length chunk between the \r and the \n.
    expect(parse(['data: a\r', '', '\ndata: b\n\n'])).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('ignores comments, id and retry, and unknown fields', () => {
    const text = ': keep-alive\nid: 7\nretry: 1000\nfoo: bar\ndata: x\n: between\n\n';
    expect(parse([text])).toEqual([{ event: 'message', data: 'x' }]);
  });

  it('keeps empty data lines, and a bare "data" field is an empty line', () => {
    // "data" without a colon has the value ''; "data:  two" loses only its first space.
    expect(parse(['data\ndata:  two\ndata:\n\n'])).toEqual([{ event: 'message', data: '\n two\n' }]);
  });

  it('dispatches nothing for a blank line without data, and resets the event name', () => {
    // The first block names an event but carries no data; its name must not leak into the next one.
    expect(parse(['event: lonely\n\n\n\ndata: y\n\n'])).toEqual([{ event: 'message', data: 'y' }]);
  });

  it('drops an event whose closing blank line never came', () => {
    expect(parse(['data: complete\n\nevent: done\ndata: cut off\n'])).toEqual([
      { event: 'message', data: 'complete' },
    ]);
  });

  it('keeps the colon inside a value', () => {
    expect(parse(['data: {"url":"http://x"}\n\n'])).toEqual([
      { event: 'message', data: '{"url":"http://x"}' },
    ]);
  });
});

describe('readServerSentEvents', () => {
  it('decodes UTF-8 split inside a character and yields each event once', async () => {
    const bytes = new TextEncoder().encode('event: text\ndata: café ☕\n\ndata: tail\n\n');
    // Cut inside the three bytes of ☕ (and inside é): the decoder must carry them over.
    const cut = bytes.indexOf(0xe2) + 1;
    const chunks = [bytes.slice(0, 16), bytes.slice(16, cut), bytes.slice(cut)];
    const events: ServerSentEvent[] = [];
    for await (const event of readServerSentEvents(streamOf(chunks))) events.push(event);
    expect(events).toEqual([
      { event: 'text', data: 'café ☕' },
      { event: 'message', data: 'tail' },
    ]);
  });

  it('reads an event whose \r\n is split by a zero-length chunk', async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const chunks = [encode('data: a\r'), new Uint8Array(0), encode('\ndata: b\r\n\r\n')];
    const events: ServerSentEvent[] = [];
    for await (const event of readServerSentEvents(streamOf(chunks))) events.push(event);
    expect(events).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('cancels the stream when the reader stops early', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('data: 1\n\ndata: 2\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const event of readServerSentEvents(body)) {
      expect(event.data).toBe('1');
      break;
    }
    expect(cancelled).toBe(true);
  });
});
