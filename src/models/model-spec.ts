import { AtelierError } from '../core/index.ts';

/**
 * What a model spec string names, before any key is looked up or any server contacted. The
 * baselines are parsed here too, so one `--model` flag accepts every kind; other code builds them.
 */
export type ModelSpec =
  | { kind: 'openai'; model: string }
  /** Any server that speaks chat.completions: vLLM, SGLang, Ollama, llama.cpp, LM Studio. */
  | { kind: 'openai-compatible'; baseUrl: string; model: string }
  | { kind: 'anthropic'; model: string }
  | { kind: 'random' }
  | { kind: 'oracle' }
  | { kind: 'rules' }
  /** The inner model with every image removed: the blind row of a report. */
  | { kind: 'text-only'; inner: ModelSpec };

export type SafeParseModelSpecResult =
  | { success: true; data: ModelSpec }
  | { success: false; error: AtelierError };

export const MODEL_SPEC_FORMS = [
  'openai:MODEL',
  'openai-compatible:http://HOST:PORT/v1#MODEL',
  'anthropic:MODEL',
  'random',
  'oracle',
  'rules',
  'text-only:SPEC',
] as const;

const SPEC_HINT =
  `Use one of: ${MODEL_SPEC_FORMS.join(', ')} ` +
  '(e.g. `openai:gpt-4o`, `openai-compatible:http://localhost:8000/v1#Qwen/Qwen2.5-VL-7B-Instruct`, ' +
  '`anthropic:claude-sonnet-4-6`, `text-only:openai:gpt-4o`).';

function invalid(spec: string, reason: string, hint = SPEC_HINT): AtelierError {
  return new AtelierError('MODEL_SPEC_INVALID', `model spec "${spec}": ${reason}`, { hint });
}

/** Checks a base URL from a spec, a config file or the environment; returns it without a trailing slash. */
export function checkBaseUrl(url: string, where: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AtelierError('MODEL_SPEC_INVALID', `${where}: "${url}" is not a URL`, {
      hint: 'Write the server address with its scheme, e.g. http://localhost:8000/v1.',
    });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new AtelierError('MODEL_SPEC_INVALID', `${where}: the base URL must be http or https`, {
      hint: 'Write the server address with its scheme, e.g. http://localhost:8000/v1.',
    });
  }
  if (parsed.username !== '' || parsed.password !== '') {
    // Specs end up in run ids, traces and cache keys, so a secret in one would be copied everywhere;
    // the message names the host only.
    throw new AtelierError('MODEL_SPEC_INVALID', `${where}: the URL for ${parsed.host} carries credentials`, {
      hint: 'Remove user:password from the URL and set the key with apiKey or apiKeyEnv in atelier.config.yaml.',
    });
  }
  return url.replace(/\/+$/, '');
}

function parseNamed(
  spec: string,
  scheme: 'openai' | 'anthropic',
  rest: string,
): { kind: 'openai' | 'anthropic'; model: string } {
  if (rest === '') throw invalid(spec, `\`${scheme}:\` needs a model name after the colon`);
  return { kind: scheme, model: rest };
}

function parseCompatible(spec: string, rest: string): ModelSpec {
  // The first `#` ends the URL: model names are freer than base URLs (Ollama's `llava:13b`).
  const hash = rest.indexOf('#');
  if (hash < 0) throw invalid(spec, 'an openai-compatible spec needs `#MODEL` after the base URL');
  const model = rest.slice(hash + 1).trim();
  if (model === '') throw invalid(spec, 'the model name after `#` is empty');
  const url = rest.slice(0, hash).trim();
  if (url === '') throw invalid(spec, 'the base URL before `#` is empty');
  // Credentials in the URL are refused, and the message must not repeat them.
  const shown = spec.replace(/\/\/[^/@\s]*@/g, '//…@');
  return { kind: 'openai-compatible', baseUrl: checkBaseUrl(url, `model spec "${shown}"`), model };
}

function parse(spec: string, text: string): ModelSpec {
  const trimmed = text.trim();
  if (trimmed === '') throw invalid(spec, 'the spec is empty');
  if (trimmed === 'random' || trimmed === 'oracle' || trimmed === 'rules') return { kind: trimmed };
  const colon = trimmed.indexOf(':');
  const scheme = colon < 0 ? trimmed : trimmed.slice(0, colon);
  const rest = colon < 0 ? '' : trimmed.slice(colon + 1).trim();
  switch (scheme) {
    case 'openai':
    case 'anthropic':
      return parseNamed(spec, scheme, rest);
    case 'openai-compatible':
      return parseCompatible(spec, rest);
    case 'text-only': {
      if (rest === '') throw invalid(spec, '`text-only:` needs the spec of the model to blind');
      return { kind: 'text-only', inner: parse(spec, rest) };
    }
    default:
      throw invalid(spec, colon < 0 ? `unknown model "${trimmed}"` : `unknown model kind "${scheme}"`);
  }
}

/** Parses a model spec; throws AtelierError MODEL_SPEC_INVALID with a hint listing the valid forms. */
export function parseModelSpec(text: string): ModelSpec {
  return parse(text, text);
}

/** The non-throwing twin, for checking user input where a bad spec is an outcome to report. */
export function safeParseModelSpec(text: string): SafeParseModelSpecResult {
  try {
    return { success: true, data: parseModelSpec(text) };
  } catch (error) {
    if (error instanceof AtelierError) return { success: false, error };
    throw error;
  }
}

/** The canonical text of a spec: what `parseModelSpec` reads back to the same value. */
export function formatModelSpec(spec: ModelSpec): string {
  switch (spec.kind) {
    case 'openai':
    case 'anthropic':
      return `${spec.kind}:${spec.model}`;
    case 'openai-compatible':
      return `openai-compatible:${spec.baseUrl}#${spec.model}`;
    case 'text-only':
      return `text-only:${formatModelSpec(spec.inner)}`;
    default:
      return spec.kind;
  }
}
