/** Settings shared by the HTTP backends; every field has a default. */
export interface ImageGeneratorOptions {
  /** Where API keys and base URLs are read from (process.env by default). */
  env?: Record<string, string | undefined>;
  /** Longest wait for one HTTP answer, and for a whole ComfyUI job (default 300 s). */
  timeoutMs?: number;
  /** How often ComfyUI's history is polled while a job runs (default 500 ms). */
  pollIntervalMs?: number;
  /** Sampling steps for ComfyUI and AUTOMATIC1111 (default 20). */
  steps?: number;
  /** Sampler name for ComfyUI ("euler" by default) and AUTOMATIC1111 (its default when absent). */
  sampler?: string;
  /** Checkpoint file for ComfyUI's built-in workflow (default v1-5-pruned-emaonly.safetensors). */
  checkpoint?: string;
  negativePrompt?: string;
}

export const DEFAULT_TIMEOUT_MS = 300_000;
export const DEFAULT_STEPS = 20;

/** Stable Diffusion works in 8-pixel latent blocks; other sizes are rounded by the server anyway. */
export function latentSize(size: number): number {
  return Math.max(64, Math.round(size / 8) * 8);
}
