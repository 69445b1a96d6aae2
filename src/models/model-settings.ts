import { AtelierError } from '../core/index.ts';
import type { BoxFormat } from './chat-model.ts';
import { type ImagePolicy, resolveImagePolicy } from './image-policy.ts';
import type { ModelConfig, ModelConfigEntry } from './model-config.ts';
import {
  checkBaseUrl,
  formatModelSpec,
  type ModelSpec,
  parseModelSpec,
  safeParseModelSpec,
} from './model-spec.ts';

/**
 * What a model spec or config name resolves to: provider, endpoint, key (and where it came from),
 * image policy, box format, limits and generation defaults — everything an adapter needs to call it.
 */
export interface GenerationDefaults {
  temperature?: number;
  topP?: number;
  maxTokens?: number;
  seed?: number;
}

/** Everything an adapter needs, every default filled in. */
export interface ModelSettings {
  /** The config entry it came from, when it was named. */
  name: string | undefined;
  spec: ModelSpec;
  /** The canonical spec text: the model's id in runs, traces and cache keys. */
  id: string;
  apiKey: string | undefined;
  /** Where the key is read from, for hints ("the OPENAI_API_KEY environment variable"). */
  apiKeySource: string | undefined;
  baseUrl: string | undefined;
  imagePolicy: ImagePolicy;
  boxFormat: BoxFormat;
  timeoutMs: number;
  maxRetries: number;
  concurrency: { initial: number; max: number };
  defaults: GenerationDefaults;
  headers: Record<string, string>;
  /** For `text-only:`, the settings of the model it blinds. */
  inner?: ModelSettings;
}

export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_RETRIES = 3;
export const DEFAULT_CONCURRENCY = Object.freeze({ initial: 4, max: 16 });

const PROVIDERS = {
  openai: { keyVariable: 'OPENAI_API_KEY', keyRequired: true, urlVariable: 'OPENAI_BASE_URL' },
  'openai-compatible': {
    keyVariable: 'OPENAI_COMPATIBLE_API_KEY',
    keyRequired: false,
    urlVariable: undefined,
  },
  anthropic: { keyVariable: 'ANTHROPIC_API_KEY', keyRequired: true, urlVariable: 'ANTHROPIC_BASE_URL' },
} as const;

const DEFAULT_BASE_URLS = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com',
} as const;

type Named = { name: string; entry: ModelConfigEntry; file: string } | undefined;

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function checkUnsetVariables(named: Named, label: string): void {
  const first = named?.entry.unsetVariables[0];
  if (named === undefined || first === undefined) return;
  const variables = [...new Set(named.entry.unsetVariables.map((reference) => reference.variable))];
  const isKey = first.path === `models.${named.name}.apiKey`;
  throw new AtelierError(
    isKey ? 'API_KEY_MISSING' : 'CONFIG_INVALID',
    `${label}: ${named.file} refers to \${${first.variable}} in ${first.path}, and it is not set`,
    { hint: `Set the environment variable${variables.length > 1 ? 's' : ''} ${variables.join(', ')}.` },
  );
}

function resolveKey(
  spec: Extract<ModelSpec, { kind: keyof typeof PROVIDERS }>,
  named: Named,
  env: NodeJS.ProcessEnv,
  label: string,
): { apiKey: string | undefined; apiKeySource: string } {
  const provider = PROVIDERS[spec.kind];
  const entry = named?.entry;
  if (entry?.apiKey !== undefined) {
    const source = `models.${named?.name}.apiKey in ${named?.file}`;
    const apiKey = nonEmpty(entry.apiKey);
    if (apiKey === undefined && provider.keyRequired) {
      throw new AtelierError('API_KEY_MISSING', `${label}: ${source} is empty`, {
        hint: `Write the key there (best as \${VARIABLE}), or remove apiKey and set ${provider.keyVariable}.`,
      });
    }
    return { apiKey, apiKeySource: source };
  }
  const variable = entry?.apiKeyEnv ?? provider.keyVariable;
  const source = `the ${variable} environment variable`;
  const apiKey = nonEmpty(env[variable]);
  // A variable the config names on purpose must be set, even where the server needs no key.
  if (apiKey === undefined && (provider.keyRequired || entry?.apiKeyEnv !== undefined)) {
    const where =
      named === undefined
        ? `or name the model in atelier.config.yaml with apiKey: \${VARIABLE} or apiKeyEnv`
        : `or set models.${named.name}.apiKey or apiKeyEnv in ${named.file}`;
    throw new AtelierError('API_KEY_MISSING', `${label} needs an API key and ${variable} is not set`, {
      hint: `Set the ${variable} environment variable, ${where}.`,
    });
  }
  return { apiKey, apiKeySource: source };
}

function resolveBaseUrl(spec: ModelSpec, named: Named, env: NodeJS.ProcessEnv): string | undefined {
  const configured = nonEmpty(named?.entry.baseUrl);
  if (configured !== undefined)
    return checkBaseUrl(configured, `models.${named?.name}.baseUrl in ${named?.file}`);
  if (spec.kind === 'openai-compatible') return spec.baseUrl;
  if (spec.kind !== 'openai' && spec.kind !== 'anthropic') return undefined;
  const variable = PROVIDERS[spec.kind].urlVariable;
  const fromEnv = nonEmpty(env[variable]);
  return fromEnv === undefined ? DEFAULT_BASE_URLS[spec.kind] : checkBaseUrl(fromEnv, variable);
}

function build(spec: ModelSpec, named: Named, env: NodeJS.ProcessEnv): ModelSettings {
  const entry = named?.entry;
  const initial = entry?.concurrency?.initial ?? DEFAULT_CONCURRENCY.initial;
  const common = {
    name: named?.name,
    imagePolicy: resolveImagePolicy(entry?.imagePolicy),
    boxFormat: entry?.boxFormat ?? 'pixels',
    timeoutMs: entry?.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: entry?.maxRetries ?? DEFAULT_MAX_RETRIES,
    concurrency: { initial, max: entry?.concurrency?.max ?? Math.max(initial, DEFAULT_CONCURRENCY.max) },
    defaults: { ...entry?.defaults },
    headers: { ...entry?.headers },
  } satisfies Partial<ModelSettings>;
  if (spec.kind === 'text-only') {
    const inner = build(spec.inner, named, env);
    const blind: ModelSpec = { kind: 'text-only', inner: inner.spec };
    return { ...inner, spec: blind, id: formatModelSpec(blind), inner };
  }
  if (spec.kind === 'random' || spec.kind === 'oracle' || spec.kind === 'rules') {
    return { ...common, spec, id: spec.kind, apiKey: undefined, apiKeySource: undefined, baseUrl: undefined };
  }
  const baseUrl = resolveBaseUrl(spec, named, env);
  // A config baseUrl replaces the one in an openai-compatible spec, and the id says where calls go.
  const resolved = spec.kind === 'openai-compatible' && baseUrl !== undefined ? { ...spec, baseUrl } : spec;
  const id = formatModelSpec(resolved);
  return { ...common, spec: resolved, id, ...resolveKey(spec, named, env, id), baseUrl };
}

/**
 * Resolves a model spec or a config name to its settings: the key from the config or the
 * environment, the base URL, the image policy, limits and defaults. Throws AtelierError
 * MODEL_SPEC_INVALID for text that is neither, API_KEY_MISSING (never with a key in it),
 * CONFIG_INVALID for a config entry that refers to an unset variable.
 */
export function resolveModelSettings(
  specOrName: string,
  config?: ModelConfig,
  env: NodeJS.ProcessEnv = process.env,
): ModelSettings {
  const text = specOrName.trim();
  const entry = config?.models[text];
  if (config !== undefined && entry !== undefined) {
    const named = { name: text, entry, file: config.file };
    checkUnsetVariables(named, text);
    return build(parseModelSpec(entry.spec), named, env);
  }
  // `text-only:NAME` blinds a named model too.
  if (text.startsWith('text-only:') && config?.models[text.slice('text-only:'.length).trim()] !== undefined) {
    const inner = resolveModelSettings(text.slice('text-only:'.length), config, env);
    const blind: ModelSpec = { kind: 'text-only', inner: inner.spec };
    return { ...inner, spec: blind, id: formatModelSpec(blind), inner };
  }
  const parsed = safeParseModelSpec(text);
  if (parsed.success) return build(parsed.data, undefined, env);
  const names = Object.keys(config?.models ?? {});
  if (config === undefined || names.length === 0) throw parsed.error;
  throw new AtelierError(
    'MODEL_SPEC_INVALID',
    `"${text}" is neither a model named in ${config.file} nor a spec`,
    {
      hint: `Use one of the names ${names.join(', ')}, or a spec: ${parsed.error.hint ?? ''}`,
    },
  );
}
