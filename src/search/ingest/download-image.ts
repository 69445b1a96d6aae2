/**
 * Downloads an image with a size cap and a time limit, so one slow or huge URL cannot stall or
 * exhaust an ingest. Failures come back as reasons, never as exceptions: the caller skips the row.
 */
export interface DownloadLimits {
  maxBytes: number;
  timeoutMs: number;
  /** The ingest's own signal: when it fires the download stops and the caller stops the ingest. */
  signal?: AbortSignal | undefined;
}

export type Download = { ok: true; bytes: Buffer } | { ok: false; reason: string };

function describeFailure(error: unknown, limits: DownloadLimits): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return limits.signal?.aborted
      ? 'the ingest was interrupted'
      : `no answer within ${limits.timeoutMs / 1000} s`;
  }
  // undici reports the network error (ECONNREFUSED, ENOTFOUND, …) as the cause of a generic TypeError.
  const cause =
    error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

export async function downloadImage(url: string, limits: DownloadLimits): Promise<Download> {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = limits.signal ? AbortSignal.any([limits.signal, timeout]) : timeout;
  const tooLarge = `is larger than the limit of ${limits.maxBytes} bytes`;
  try {
    const response = await fetch(url, { signal, redirect: 'follow', headers: { accept: 'image/*' } });
    if (!response.ok) {
      await response.body?.cancel();
      return {
        ok: false,
        reason: `cannot download ${url}: HTTP ${response.status} ${response.statusText}`.trim(),
      };
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > limits.maxBytes) {
      await response.body?.cancel();
      return { ok: false, reason: `${url} ${tooLarge}` };
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (response.body) {
      // Counted as it arrives: Content-Length may be missing or lie.
      for await (const chunk of response.body) {
        size += chunk.byteLength;
        if (size > limits.maxBytes) {
          await response.body.cancel().catch(() => {});
          return { ok: false, reason: `${url} ${tooLarge}` };
        }
        chunks.push(chunk);
      }
    }
    return { ok: true, bytes: Buffer.concat(chunks) };
  } catch (error) {
    return { ok: false, reason: `cannot download ${url}: ${describeFailure(error, limits)}` };
  }
}
