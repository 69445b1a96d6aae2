export { type AccessOptions, isLoopbackHost, LOOPBACK_HOSTS, tokensMatch } from './access-guard.ts';
export { type AppServices, createApp } from './app.ts';
export { type ChatOptions, DEFAULT_CHAT_MODELS } from './chat-options.ts';
