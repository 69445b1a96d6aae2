import { Agent, request as httpRequest, type IncomingMessage } from 'node:http';

/**
 * A `fetch` for the openai client's plain (non-streaming) calls to `http:` servers — vLLM, SGLang,
 * Ollama, llama.cpp and the mock on this machine — over node:http with a keep-alive agent.
 *
 * Why not the global fetch: Node 20's fetch (undici behind WHATWG streams) spent ~0.6–0.85 ms of CPU
 * per 40 KB image request against the local mock, node:http ~0.2–0.3 ms (measured on the 2-core
 * build machine, 5,000 requests at 64 in flight). An evaluation sends tens of thousands of such
 * requests, and that difference was the largest single cost of the eval harness (perf/eval.ts).
 *
 * The answer is read whole before it is handed over, as a real Response: the SDK then parses it as
 * it parses any other. Anything this does not cover goes to the global fetch unchanged: https (TLS
 * endpoints are remote and rate-limited, so this overhead does not matter there), and bodies other
 * than text or bytes. Streaming calls use the global fetch too (see openai-chat-model.ts).
 */
export function createNodeHttpFetch(): typeof fetch {
  // Sockets in flight are not limited here: the adaptive limiter above decides how many calls run.
  const agent = new Agent({ keepAlive: true, scheduling: 'lifo' });

  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : undefined;
    const body = init?.body;
    if (
      url === undefined ||
      !url.startsWith('http:') ||
      !(body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array)
    ) {
      return fetch(input, init);
    }
    return send(url, init ?? {}, body ?? undefined, agent);
  };
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

function abortError(): DOMException {
  return new DOMException('This operation was aborted', 'AbortError');
}

function toHeaders(message: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = message.rawHeaders;
  for (let index = 0; index + 1 < raw.length; index += 2) headers.append(raw[index]!, raw[index + 1]!);
  return headers;
}

function send(
  url: string,
  init: RequestInit,
  body: string | Uint8Array | undefined,
  agent: Agent,
): Promise<Response> {
  const { signal } = init;
  if (signal?.aborted) return Promise.reject(abortError());
  const headers: Record<string, string> = {};
  (init.headers instanceof Headers ? init.headers : new Headers(init.headers)).forEach((value, name) => {
    headers[name] = value;
  });
  // Bytes, not the text: Node would otherwise join the header block and a ~40 KB image request into
  // one more string per call, and strings that large, alive for a whole call, are what the
  // garbage collector spent its time copying at high concurrency.
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  if (bytes !== undefined) headers['content-length'] = String(bytes.byteLength);

  return new Promise<Response>((resolve, reject) => {
    // The SDK tells a timeout or a cancelled call from an AbortError, as the global fetch throws it.
    const fail = (error: unknown) => reject(signal?.aborted ? abortError() : error);
    const request = httpRequest(
      url,
      { method: init.method ?? 'GET', headers, agent, ...(signal ? { signal } : {}) },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', fail);
        // A connection cut before the whole answer arrived is a failed call, as fetch reports it.
        response.on('aborted', () =>
          fail(new TypeError('terminated', { cause: new Error('other side closed') })),
        );
        response.on('end', () => {
          if (!response.complete) return;
          const status = response.statusCode ?? 500;
          resolve(
            new Response(NULL_BODY_STATUSES.has(status) ? null : Buffer.concat(chunks), {
              status,
              statusText: response.statusMessage ?? '',
              headers: toHeaders(response),
            }),
          );
        });
      },
    );
    request.on('error', fail);
    request.end(bytes);
  });
}
