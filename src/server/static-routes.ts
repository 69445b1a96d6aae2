import { existsSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import { API_ROUTES } from './api-routes-list.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** What `/` shows until `web/dist` is built: a note saying so, and the API. */
export function notBuiltPage(): string {
  const rows = API_ROUTES.map(
    ([method, path, what]) =>
      `<tr><td><code>${method}</code></td><td><code>${escapeHtml(path)}</code></td><td>${escapeHtml(what)}</td></tr>`,
  ).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Atelier</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:3rem auto;padding:0 1rem;color:#222}
td{padding:.2rem .8rem .2rem 0;vertical-align:top}code{font-size:13px}</style></head>
<body><h1>Atelier</h1>
<p>The web app is not built. Build it into <code>web/dist</code> and reload; the HTTP API is running:</p>
<table>${rows}</table>
<p>With an access token, send <code>Authorization: Bearer TOKEN</code> (or <code>?token=TOKEN</code> on GET requests).</p>
</body></html>
`;
}

function inside(root: string, target: string): boolean {
  const path = relative(root, target);
  return path === '' || (!path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path));
}

/**
 * The browser app from a built folder (Vite's `web/dist`): files by their path under that folder
 * only, `index.html` for every other page path (the app routes on the client). Without the folder,
 * `/` explains that the app is not built. Never reached for /api/*.
 */
export function staticRoutes(webRoot: string | undefined): Hono {
  const routes = new Hono();
  routes.get('*', async (context) => {
    const root = webRoot && existsSync(resolve(webRoot, 'index.html')) ? realpathSync(webRoot) : undefined;
    const pathname = new URL(context.req.url).pathname;
    if (!root) {
      if (pathname === '/' || pathname === '/index.html') return context.html(notBuiltPage());
      return context.json(
        {
          error: {
            code: 'NOT_FOUND',
            message: `no page ${pathname}`,
            hint: 'The web app is not built; see / for the API.',
          },
        },
        404,
      );
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      decoded = '';
    }
    let file = resolve(root, 'index.html');
    if (decoded !== '' && !decoded.includes('\0')) {
      const wanted = resolve(root, `.${decoded}`);
      if (inside(root, wanted) && existsSync(wanted) && statSync(wanted).isFile()) {
        const real = realpathSync(wanted);
        // A symbolic link inside the folder may still point out of it.
        if (inside(root, real)) file = real;
      } else if (extname(decoded) !== '' && extname(decoded) !== '.html') {
        // A missing script or style is an error to see, not the app's HTML under the wrong type.
        return context.json(
          { error: { code: 'NOT_FOUND', message: `no file ${pathname}`, hint: 'Rebuild the web app.' } },
          404,
        );
      }
    }
    const bytes = await readFile(file);
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    context.header('Content-Type', type);
    context.header('X-Content-Type-Options', 'nosniff');
    // Vite names built assets by their content hash; the page itself must always be revalidated.
    const hashed = relative(root, file).startsWith(`assets${sep}`);
    context.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    return context.body(new Uint8Array(bytes));
  });
  return routes;
}
