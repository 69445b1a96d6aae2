import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** Streams one JSON object per line, waiting on backpressure so memory stays flat for any count. */
export interface JsonlWriter {
  write(value: unknown): Promise<void>;
  close(): Promise<void>;
}

export function openJsonlWriter(path: string): JsonlWriter {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  let failure: Error | undefined;
  stream.on('error', (error) => {
    failure = error;
  });
  return {
    async write(value) {
      if (failure) throw failure;
      if (!stream.write(`${JSON.stringify(value)}\n`)) await once(stream, 'drain');
    },
    async close() {
      if (failure) throw failure;
      stream.end();
      await once(stream, 'finish');
    },
  };
}
