import { EmbedError, messageOf } from '../embed-error.ts';
import type { Embedder } from '../embedder.ts';
import type { EmbedderOptions } from '../embedder-options.ts';
import { l2Normalize } from '../l2-normalize.ts';
import { mapWithConcurrency } from '../map-with-concurrency.ts';
import { integerOption } from '../option-checks.ts';
import { parseEmbeddingsResponse } from './embeddings-response.ts';
import { describeEndpoint, embeddingsEndpoint } from './endpoint-url.ts';
import { imageDataUrl } from './image-data-url.ts';
import { retryDelay, sleep } from './retry-delay.ts';

/**
 * An OpenAI-compatible /v1/embeddings endpoint (vLLM, Infinity, TEI, OpenAI…): POST
 * `{model, input: [...]}` with images as data URLs and texts as strings, in batches, with a timeout
 * per request and retries on 429, 5xx, timeouts and refused connections.
 */

export interface RemoteEmbedderSettings {
  url: string;
  model: string;
  apiKey: string | undefined;
  batchSize: number;
  timeoutMs: number;
  maxRetries: number;
  retryBaseDelayMs: number;
  maxRetryDelayMs: number;
}

export function remoteSettings(url: string, model: string, options: EmbedderOptions): RemoteEmbedderSettings {
  const environment = options.env ?? process.env;
  const apiKey = options.apiKey ?? environment.ATELIER_EMBED_API_KEY;
  return {
    url,
    model,
    apiKey: apiKey === undefined || apiKey === '' ? undefined : apiKey,
    batchSize: integerOption('batchSize', options.batchSize, 32, 1),
    timeoutMs: integerOption('timeoutMs', options.timeoutMs, 60_000, 1),
    maxRetries: integerOption('maxRetries', options.maxRetries, 4, 0),
    retryBaseDelayMs: integerOption('retryBaseDelayMs', options.retryBaseDelayMs, 500, 0),
    maxRetryDelayMs: integerOption('maxRetryDelayMs', options.maxRetryDelayMs, 30_000, 0),
  };
}

/** Statuses worth another try: rate limiting and server-side trouble that often passes. */
const RETRYABLE_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Images of a batch are read and base64-encoded a few at a time (TIFF → PNG conversion uses sharp). */
const IMAGES_ENCODED_IN_FLIGHT = 4;

function statusHint(status: number): string {
  if (status === 401 || status === 403) {
    return 'The server refused the API key: pass apiKey or set ATELIER_EMBED_API_KEY to a valid key.';
  }
  if (status === 404)
    return 'No embeddings endpoint at this URL: point it at the server base (…/v1) or at …/v1/embeddings, and check the model name.';
  if (status === 400 || status === 413 || status === 422) {
    return 'The server rejected the request: check that the model accepts this input (images as data URLs need a multimodal embedding model) and try a smaller batchSize.';
  }
  return 'The server kept failing; check its logs, or retry later.';
}

class RemoteEmbedder implements Embedder {
  readonly id: string;
  readonly version: string;
  readonly supportsText = true;
  private readonly endpoint: URL;
  private readonly where: string;
  private readonly lifetime = new AbortController();
  private dimensions: number | undefined;

  constructor(private readonly settings: RemoteEmbedderSettings) {
    this.endpoint = embeddingsEndpoint(settings.url);
    this.where = `POST ${describeEndpoint(this.endpoint)}`;
    this.id = `remote:${settings.url}#${settings.model}`;
    // The server's weights are out of our sight; the model name and our encoding of inputs are not.
    this.version = `remote-1:${settings.model}:data-url`;
  }

  async embedImages(images: readonly Buffer[]): Promise<Float32Array[]> {
    this.checkOpen();
    return this.embedBatches(images.length, 'image', (start, end) =>
      mapWithConcurrency(images.slice(start, end), IMAGES_ENCODED_IN_FLIGHT, (image, index) =>
        imageDataUrl(
          image,
          images.length === 1 ? 'the image' : `image ${start + index + 1} of ${images.length}`,
        ),
      ),
    );
  }

  async embedTexts(texts: readonly string[]): Promise<Float32Array[]> {
    this.checkOpen();
    return this.embedBatches(texts.length, 'text', async (start, end) => texts.slice(start, end));
  }

  async close(): Promise<void> {
    this.lifetime.abort(
      new EmbedError('EMBEDDER_CLOSED', `${this.id} was closed while a request was in flight`),
    );
  }

  /** Encodes and sends one batch at a time, so only one batch of data URLs is ever in memory. */
  private async embedBatches(
    count: number,
    kind: 'image' | 'text',
    inputs: (start: number, end: number) => Promise<readonly string[]>,
  ): Promise<Float32Array[]> {
    const vectors: Float32Array[] = [];
    for (let start = 0; start < count; start += this.settings.batchSize) {
      const batch = await inputs(start, Math.min(count, start + this.settings.batchSize));
      const raw = await this.post(batch);
      raw.forEach((vector, index) => {
        const label = `${this.where}, ${kind} ${start + index + 1}`;
        this.checkDimensions(vector.length, label);
        vectors.push(l2Normalize(vector, label));
      });
    }
    return vectors;
  }

  private checkDimensions(length: number, label: string): void {
    if (this.dimensions === undefined) this.dimensions = length;
    if (length !== this.dimensions || length === 0) {
      throw new EmbedError(
        'EMBEDDING_INVALID',
        `${label}: got a ${length}-dimensional vector where earlier ones had ${this.dimensions}`,
        {
          hint: 'The server mixes models or truncates vectors; pin one model (and its dimensions) on the server.',
        },
      );
    }
  }

  private async post(batch: readonly string[]): Promise<number[][]> {
    const { maxRetries, retryBaseDelayMs, maxRetryDelayMs } = this.settings;
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.attempt(batch);
      if (outcome.kind === 'done') return outcome.vectors;
      if (attempt >= maxRetries) throw outcome.error;
      await sleep(
        retryDelay(attempt, retryBaseDelayMs, maxRetryDelayMs, outcome.retryAfter),
        this.lifetime.signal,
      );
    }
  }

  private async attempt(
    batch: readonly string[],
  ): Promise<
    { kind: 'done'; vectors: number[][] } | { kind: 'retry'; error: EmbedError; retryAfter: string | null }
  > {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
    };
    if (this.settings.apiKey !== undefined) headers.authorization = `Bearer ${this.settings.apiKey}`;
    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify({ model: this.settings.model, input: batch }),
        signal: AbortSignal.any([this.lifetime.signal, AbortSignal.timeout(this.settings.timeoutMs)]),
      });
    } catch (error) {
      if (this.lifetime.signal.aborted) throw this.lifetime.signal.reason;
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      // Undici hides the socket error (ECONNREFUSED, ENOTFOUND) in `cause`; it is the useful part.
      const cause =
        error instanceof Error && error.cause instanceof Error ? error.cause.message : messageOf(error);
      const reason = timedOut ? `no answer within ${this.settings.timeoutMs} ms` : cause;
      return {
        kind: 'retry',
        retryAfter: null,
        error: new EmbedError('REMOTE_UNREACHABLE', `${this.where} failed: ${reason}`, {
          hint: timedOut
            ? 'The server is overloaded or the batch is too large: raise timeoutMs or lower batchSize.'
            : 'Start the embedding server, or fix the host and port in the spec (remote:URL#MODEL).',
          cause: error,
        }),
      };
    }
    if (!response.ok) {
      const text = await response.text().catch(() => '');
      const error = new EmbedError(
        'REMOTE_STATUS',
        `${this.where} answered ${response.status} ${response.statusText}${text === '' ? '' : `: ${this.excerpt(text)}`}`,
        { hint: statusHint(response.status) },
      );
      if (RETRYABLE_STATUSES.has(response.status)) {
        return { kind: 'retry', error, retryAfter: response.headers.get('retry-after') };
      }
      throw error;
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      throw new EmbedError(
        'REMOTE_MALFORMED',
        `${this.where} answered ${response.status} with a body that is not JSON`,
        {
          hint: 'Check that the URL points at an OpenAI-compatible /v1/embeddings endpoint, not a web page or a proxy.',
          cause: error,
        },
      );
    }
    return { kind: 'done', vectors: parseEmbeddingsResponse(body, batch.length, this.where) };
  }

  /** A short, single-line piece of an error body; a server that echoes headers must not leak the key. */
  private excerpt(text: string): string {
    let line = text.replace(/\s+/g, ' ').trim();
    if (this.settings.apiKey !== undefined) line = line.split(this.settings.apiKey).join('[api key]');
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
  }

  private checkOpen(): void {
    if (this.lifetime.signal.aborted) {
      throw new EmbedError('EMBEDDER_CLOSED', `${this.id} was used after close()`, {
        hint: 'Create a new embedder with createEmbedder().',
      });
    }
  }
}

export function createRemoteEmbedder(url: string, model: string, options: EmbedderOptions = {}): Embedder {
  return new RemoteEmbedder(remoteSettings(url, model, options));
}
