export { type AppServices, createApp } from './app.ts';
