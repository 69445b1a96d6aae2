import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.ts';
import { isLoopbackHost, tokensMatch } from './access-guard.ts';
import { createApp } from './app.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-api-access-'));
let store: Store;
const TOKEN = 'a-long-enough-test-token-0123456789';

beforeAll(async () => {
  store = await openStore(join(scratch, 'home'));
});

afterAll(async () => {
  await store.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

describe('a server with a token', () => {
  const app = () => createApp({ store, token: TOKEN });

  it('refuses calls without the token, or with a wrong one, as 401 with a hint', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong-token' },
      { authorization: `Basic ${TOKEN}` },
    ];
    for (const headers of attempts) {
      const response = await app().request('/api/health', { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const body = (await response.json()) as { error: { code: string; hint: string } };
      expect(body.error.code).toBe('UNAUTHORIZED');
      expect(body.error.hint).toMatch(/Authorization: Bearer/);
    }
  });

  it('answers with the bearer token, and with ?token= on GET only', async () => {
    const withHeader = await app().request('/api/health', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(withHeader.status).toBe(200);
    expect(await withHeader.json()).toMatchObject({ ok: true });
    expect((await app().request(`/api/health?token=${TOKEN}`)).status).toBe(200);
    // A link must never be able to start a (possibly paid) chat turn.
    const post = await app().request(`/api/chat?token=${TOKEN}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'hello' }),
    });
    expect(post.status).toBe(401);
  });

  it('guards every API route, not only health', async () => {
    for (const path of [
      '/api/assets',
      '/api/runs',
      '/api/boards',
      '/api/traces',
      `/api/blobs/${'a'.repeat(64)}`,
    ]) {
      expect((await app().request(path)).status).toBe(401);
    }
  });

  it('serves other hosts once the token is given', async () => {
    const response = await app().request('http://studio.example:7860/api/health', {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.status).toBe(200);
  });
});

describe('a server without a token', () => {
  const app = () => createApp({ store });

  it('answers loopback hosts', async () => {
    for (const host of ['localhost', '127.0.0.1', '[::1]']) {
      expect((await app().request(`http://${host}:7860/api/health`)).status).toBe(200);
    }
  });

  it('refuses another host name (DNS rebinding) and cross-site origins', async () => {
    const rebound = await app().request('http://attacker.example:7860/api/health');
    expect(rebound.status).toBe(403);
    expect(await errorCode(rebound)).toBe('FORBIDDEN');
    const crossSite = await app().request('http://127.0.0.1:7860/api/runs', {
      headers: { origin: 'https://attacker.example' },
    });
    expect(crossSite.status).toBe(403);
    const sandboxed = await app().request('/api/runs', { headers: { origin: 'null' } });
    expect(sandboxed.status).toBe(403);
  });

  it('lets a page on another local port (the Vite dev server) call it', async () => {
    const response = await app().request('http://127.0.0.1:7860/api/health', {
      headers: { origin: 'http://localhost:5173' },
    });
    expect(response.status).toBe(200);
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const response = await app().request('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(await errorCode(response)).toBe('NOT_FOUND');
  });
});

describe('helpers', () => {
  it('compares tokens of any length', () => {
    expect(tokensMatch(TOKEN, TOKEN)).toBe(true);
    expect(tokensMatch(`${TOKEN}x`, TOKEN)).toBe(false);
    expect(tokensMatch('', TOKEN)).toBe(false);
  });

  it('knows loopback addresses', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('127.3.2.1')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('0.0.0.0')).toBe(false);
    expect(isLoopbackHost('192.168.1.4')).toBe(false);
    expect(isLoopbackHost('localhost.attacker.example')).toBe(false);
  });
});
