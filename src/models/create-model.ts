import { registerSecret } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import { createOracleModel } from './baselines/oracle-model.ts';
import { createRandomModel } from './baselines/random-model.ts';
import { createRulesModel } from './baselines/rules-model.ts';
import { createTextOnlyModel } from './baselines/text-only-model.ts';
import { requestCacheIdentity } from './cache/canonical-request.ts';
import { type RequestCacheMode, withRequestCache } from './cache/with-request-cache.ts';
import type { ChatModel } from './chat-model.ts';
import { imagePolicyKey } from './image-policy.ts';
import { loadModelConfig, type ModelConfig } from './model-config.ts';
import { type ModelSettings, resolveModelSettings } from './model-settings.ts';
import { createAnthropicChatModel } from './providers/anthropic-chat-model.ts';
import { createOpenAiChatModel } from './providers/openai-chat-model.ts';
import { limiterFor } from './reliability/adaptive-limiter.ts';
import { type RetryEvent, withReliability } from './reliability/with-reliability.ts';

export interface CreateModelOptions {
  /** Holds the request cache; without a store nothing is cached. */
  store?: Store;
  /** 'use' (default with a store), 'refresh' (call and overwrite) or 'off'. */
  cache?: RequestCacheMode;
  /** A config file; by default ./atelier.config.yaml when present. */
  configPath?: string;
  /** An already loaded config (skips reading a file). */
  config?: ModelConfig;
  env?: NodeJS.ProcessEnv;
  /** Seed of the random baseline. */
  seed?: number;
  /** Overrides of the resolved settings (tests and flags: shorter timeouts, fewer retries). */
  overrides?: Partial<Pick<ModelSettings, 'timeoutMs' | 'maxRetries' | 'boxFormat' | 'concurrency'>>;
  onRetry?: (event: RetryEvent) => void;
}

/**
 * Builds a ChatModel from a spec or a config name: a baseline, or a provider adapter wrapped in
 * the retry/concurrency layer and, outermost, the request cache (so a hit takes no limiter slot).
 * Baselines are never cached: they answer from task hints that the cache key leaves out.
 */
export async function createModel(specOrName: string, options: CreateModelOptions = {}): Promise<ChatModel> {
  const env = options.env ?? process.env;
  const config =
    options.config ??
    (await loadModelConfig({ env, ...(options.configPath ? { file: options.configPath } : {}) }));
  const settings = resolveModelSettings(specOrName, config, env);
  return modelFromSettings({ ...settings, ...options.overrides }, options);
}

export function modelFromSettings(settings: ModelSettings, options: CreateModelOptions = {}): ChatModel {
  const { spec } = settings;
  switch (spec.kind) {
    case 'random':
      return createRandomModel({ seed: options.seed ?? 0 });
    case 'oracle':
      return createOracleModel();
    case 'rules':
      return createRulesModel();
    case 'text-only': {
      const inner = settings.inner ?? { ...settings, spec: spec.inner };
      return createTextOnlyModel(modelFromSettings({ ...inner, ...options.overrides }, options));
    }
    case 'openai':
    case 'openai-compatible':
    case 'anthropic': {
      registerSecret(settings.apiKey);
      const adapter =
        spec.kind === 'anthropic' ? createAnthropicChatModel(settings) : createOpenAiChatModel(settings);
      const reliable = withReliability(adapter, {
        maxRetries: settings.maxRetries,
        timeoutMs: settings.timeoutMs,
        limiter: limiterFor(settings.baseUrl ?? settings.id, settings.concurrency),
        ...(options.onRetry ? { onRetry: options.onRetry } : {}),
      });
      const mode = options.cache ?? 'use';
      if (!options.store || mode === 'off') return reliable;
      return withRequestCache(reliable, {
        store: options.store,
        mode,
        identity: requestCacheIdentity({
          spec: settings.id,
          baseUrl: settings.baseUrl,
          imagePolicy: imagePolicyKey(settings.imagePolicy),
          boxFormat: settings.boxFormat,
        }),
      });
    }
  }
}
