import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The browser app, built into web/dist and served by `atelier serve`. During development
 * `npx vite web` proxies /api to a running `atelier serve` (ATELIER_API, default port 7860).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Built files reference each other relative to index.html, so any mount point works.
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Error messages in the browser should point at our code, and maps cost nothing until opened.
    sourcemap: true,
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: { '/api': process.env.ATELIER_API ?? 'http://127.0.0.1:7860' },
  },
});
