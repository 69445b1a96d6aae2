export { createOracleModel } from './baselines/oracle-model.ts';
export { createRandomModel, type RandomModelOptions } from './baselines/random-model.ts';
export { createRulesModel } from './baselines/rules-model.ts';
export { createTextOnlyModel } from './baselines/text-only-model.ts';
export { canonicalRequestKey, requestCacheIdentity } from './cache/canonical-request.ts';
export { openRequestCache, type RequestCache, type RequestCacheStats } from './cache/request-cache.ts';
export {
  type CachedChatModel,
  isCacheableResponse,
  type RequestCacheCounts,
  type RequestCacheMode,
  type RequestCacheOptions,
  withRequestCache,
} from './cache/with-request-cache.ts';
export type { BoxFormat, ChatModel } from './chat-model.ts';
export { type CreateModelOptions, createModel, modelFromSettings } from './create-model.ts';
export {
  applyImagePolicy,
  DEFAULT_IMAGE_POLICY,
  type ImagePolicy,
  imagePolicyKey,
  resolveImagePolicy,
} from './image-policy.ts';
export { loadMockScript, parseMockScriptText } from './mock-server/load-mock-script.ts';
export { createMockApp, type MockApp, type MockAppOptions } from './mock-server/mock-app.ts';
export {
  type MockRespond,
  type MockScript,
  type MockScriptInput,
  type MockStep,
  mockScriptSchema,
  parseMockScript,
  type SafeParseMockScriptResult,
  safeParseMockScript,
} from './mock-server/mock-script.ts';
export type { RecordedRequest } from './mock-server/request-log.ts';
export {
  type MockServer,
  type StartMockServerOptions,
  startMockServer,
} from './mock-server/start-mock-server.ts';
export { ModelCallError, type ModelCallErrorDetails, parseRetryAfter } from './model-call-error.ts';
export { loadModelConfig, type ModelConfig, parseModelConfig } from './model-config.ts';
export { type ModelSettings, resolveModelSettings } from './model-settings.ts';
export {
  formatModelSpec,
  MODEL_SPEC_FORMS,
  type ModelSpec,
  parseModelSpec,
  safeParseModelSpec,
} from './model-spec.ts';
export { createAnthropicChatModel } from './providers/anthropic-chat-model.ts';
export { createOpenAiChatModel } from './providers/openai-chat-model.ts';
export {
  AdaptiveLimiter,
  type AdaptiveLimiterOptions,
  type LimiterPermit,
  LimiterRegistry,
  type LimiterSnapshot,
  limiterFor,
} from './reliability/adaptive-limiter.ts';
export { type BackoffOptions, retryDelay } from './reliability/backoff.ts';
export {
  type ReliabilityOptions,
  type RetryEvent,
  withReliability,
} from './reliability/with-reliability.ts';
