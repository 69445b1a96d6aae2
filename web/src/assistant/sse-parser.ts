/** One Server-Sent Event: its name ("message" when the server gave none) and its data lines joined. */
export interface ServerSentEvent {
  event: string;
  data: string;
}

/**
 * An incremental text/event-stream parser (the WHATWG rules this page needs): feed it chunks as they
 * arrive, in any split, and it calls back once per complete event. Lines end with \n, \r\n or \r;
 * a blank line dispatches; `data:` lines join with \n; comments (`:`) and `id`/`retry` are ignored.
 */
export function createSseParser(onEvent: (event: ServerSentEvent) => void) {
  let buffer = '';
  let eventName = '';
  let dataLines: string[] = [];
  // A chunk may end between \r and \n: the \n must then not count as a second line end.
  let skipLeadingNewline = false;

  const dispatch = () => {
    if (dataLines.length > 0) onEvent({ event: eventName || 'message', data: dataLines.join('\n') });
    eventName = '';
    dataLines = [];
  };

  const line = (text: string) => {
    if (text === '') {
      dispatch();
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') eventName = value;
    else if (field === 'data') dataLines.push(value);
  };

  return {
    push(chunk: string) {
      // An empty chunk (a zero-length read) must not forget a \r that ended the one before.
      if (chunk === '') return;
      buffer += chunk;
      if (skipLeadingNewline && buffer.startsWith('\n')) buffer = buffer.slice(1);
      skipLeadingNewline = false;
      let start = 0;
      for (let index = 0; index < buffer.length; index++) {
        const character = buffer[index];
        if (character !== '\n' && character !== '\r') continue;
        line(buffer.slice(start, index));
        if (character === '\r') {
          if (index + 1 === buffer.length) skipLeadingNewline = true;
          else if (buffer[index + 1] === '\n') index++;
        }
        start = index + 1;
      }
      buffer = buffer.slice(start);
    },
    /** The stream ended: an event without its closing blank line is incomplete and is dropped, as the spec says. */
    end() {
      buffer = '';
      eventName = '';
      dataLines = [];
    },
  };
}

/** Reads a response body as Server-Sent Events until it ends or the signal aborts (which throws AbortError). */
export async function* readServerSentEvents(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<ServerSentEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const ready: ServerSentEvent[] = [];
  const parser = createSseParser((event) => ready.push(event));
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        parser.push(decoder.decode());
        parser.end();
        yield* ready.splice(0);
        return;
      }
      parser.push(decoder.decode(value, { stream: true }));
      yield* ready.splice(0);
    }
  } finally {
    // A reader that stops early (the page went away) tells the server it may stop working.
    if (!finished) void reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
