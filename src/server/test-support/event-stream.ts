/** One Server-Sent Event as a test reads it back. */
export interface StreamedEvent {
  event: string;
  data: unknown;
}

/** Parses a whole text/event-stream body: blocks separated by a blank line, JSON data lines. */
export function parseEventStream(text: string): StreamedEvent[] {
  return text
    .split(/\n\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      const event = lines.find((line) => line.startsWith('event: '))?.slice('event: '.length) ?? 'message';
      const data = lines
        .filter((line) => line.startsWith('data: '))
        .map((line) => line.slice('data: '.length))
        .join('\n');
      return { event, data: data === '' ? null : JSON.parse(data) };
    });
}
