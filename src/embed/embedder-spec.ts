import { EmbedError } from './embed-error.ts';

/** What a spec string names, before anything is loaded or contacted. */
export type EmbedderSpec =
  | { kind: 'classic' }
  /** `model` is a Hugging Face id (`Xenova/clip-vit-base-patch32`) or a local folder path. */
  | { kind: 'clip'; model: string }
  /** `url` is the endpoint as written (credentials refused); `model` goes into every request body. */
  | { kind: 'remote'; url: string; model: string };

export type SafeParseEmbedderSpecResult =
  | { success: true; data: EmbedderSpec }
  | { success: false; error: EmbedError };

const SPEC_HINT =
  'Use `classic`, `clip:Xenova/clip-vit-base-patch32` (or `clip:./path/to/model-folder`), ' +
  'or `remote:http://localhost:8000/v1#MODEL`.';

function invalid(spec: string, reason: string, hint = SPEC_HINT): EmbedError {
  return new EmbedError('EMBEDDER_SPEC_INVALID', `embedder spec "${spec}": ${reason}`, { hint });
}

function parseRemote(spec: string, rest: string): EmbedderSpec {
  const hash = rest.indexOf('#');
  const url = (hash < 0 ? rest : rest.slice(0, hash)).trim();
  const model = hash < 0 ? '' : rest.slice(hash + 1).trim();
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid(spec, `"${url}" is not a URL`);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    // The spec ends up in ids, logs and the embedding cache, so a secret inside it would leak: the
    // message names the host only.
    throw invalid(
      `remote:${parsed.protocol}//…@${parsed.host}…`,
      'the URL must not carry credentials',
      'Remove user:password from the URL and pass the key as the apiKey option or ATELIER_EMBED_API_KEY.',
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw invalid(spec, `the endpoint must be http or https, got ${parsed.protocol}`);
  }
  if (hash < 0) throw invalid(spec, 'a remote embedder needs a model name after `#`');
  if (model === '') throw invalid(spec, 'the model name after `#` is empty');
  return { kind: 'remote', url, model };
}

/** Parses `classic`, `clip:MODEL` or `remote:URL#MODEL`; throws EmbedError EMBEDDER_SPEC_INVALID. */
export function parseEmbedderSpec(spec: string): EmbedderSpec {
  const trimmed = spec.trim();
  if (trimmed === 'classic') return { kind: 'classic' };
  const colon = trimmed.indexOf(':');
  const scheme = colon < 0 ? trimmed : trimmed.slice(0, colon);
  const rest = colon < 0 ? '' : trimmed.slice(colon + 1).trim();
  switch (scheme) {
    case 'classic':
      throw invalid(spec, '`classic` takes no argument');
    case 'clip':
      if (rest === '') throw invalid(spec, 'a clip embedder needs a model id or folder after `clip:`');
      return { kind: 'clip', model: rest };
    case 'remote':
      return parseRemote(spec, rest);
    default:
      throw invalid(spec, trimmed === '' ? 'the spec is empty' : `unknown embedder kind "${scheme}"`);
  }
}

/** The non-throwing twin, for validating user input where a failure is an outcome to report. */
export function safeParseEmbedderSpec(spec: string): SafeParseEmbedderSpecResult {
  try {
    return { success: true, data: parseEmbedderSpec(spec) };
  } catch (error) {
    if (error instanceof EmbedError) return { success: false, error };
    throw error;
  }
}
