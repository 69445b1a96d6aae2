/** What a text-to-image backend is asked for: a square image of `size` pixels from a prompt. */
export interface GenerateRequest {
  prompt: string;
  seed: number;
  size: number;
  signal?: AbortSignal;
}

export interface GeneratedImage {
  bytes: Uint8Array;
  mediaType: string;
  width: number;
  height: number;
  /** What the backend was sent and reported (model, steps, actual size, seed honoured or not). */
  parameters: Record<string, unknown>;
  /** One line for the model on how the backend read the prompt, when it can say. */
  summary?: string;
}

/**
 * A text-to-image backend: the offline world renderer, or a server (OpenAI images, ComfyUI,
 * AUTOMATIC1111). The generate_image tool stores what it returns; backends only make pictures.
 */
export interface ImageGenerator {
  /** The spec it was made from, recorded as the backend of every image it makes. */
  readonly id: string;
  /** A few words for tool text and logs: "the offline world renderer", "ComfyUI at http://…". */
  describe(): string;
  generate(request: GenerateRequest): Promise<GeneratedImage>;
}
