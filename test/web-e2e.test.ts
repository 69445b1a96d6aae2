import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/models/index.ts';
import { interrupt, type Served, startServing } from './web-e2e-processes.ts';

/**
 * The web app end to end, in Debian's headless Chromium driven by playwright-core: `atelier demo`
 * builds its data and ends by serving the app (the URL it prints is what the browser opens), and
 * `atelier serve` over the same home offers a scripted OpenAI-compatible mock model for the chat.
 * Screenshots land in .tmp/screenshots/ for a person to look at.
 */
const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const SCREENSHOTS = join(ROOT, '.tmp', 'screenshots');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (!HAVE_CHROMIUM && !process.env.CI) {
  process.stderr.write(
    `skipping the browser test: no Chromium at ${CHROMIUM}. Install it with "sudo apt-get install chromium" ` +
      '(Debian/Ubuntu; .ci/run does this) or point CHROMIUM_PATH at a Chromium binary.\n',
  );
}

describe.runIf(process.env.CI && !HAVE_CHROMIUM)('web app in a browser (CI)', () => {
  it('has Chromium to run in', () => {
    throw new Error(
      `no Chromium at ${CHROMIUM}: .ci/run installs Debian's chromium; the browser test must run in CI`,
    );
  });
});

describe.runIf(HAVE_CHROMIUM)('web app in a browser', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'atelier-web-e2e-'));
  const home = join(scratch, 'home');
  let demo: Served | undefined;
  let serve: Served | undefined;
  let mock: MockServer | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // The pages under test are the ones in web/src now, not whatever web/dist held before.
    // NODE_ENV is "test" inside vitest; the app is built as users get it (React's production build).
    const build = spawnSync('npm', ['run', 'build:web'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (build.status !== 0) throw new Error(`npm run build:web failed:\n${build.stdout}\n${build.stderr}`);
    mock = await startMockServer({
      script: {
        steps: [
          // First the answer to a search result: the tool's images arrive in a user message after it.
          {
            match: { toolResultFor: 'search_catalog' },
            forever: true,
            respond: { text: 'Here are four navy skirts from the catalog.' },
          },
          {
            match: { lastRole: 'user' },
            forever: true,
            respond: {
              text: 'Let me look in the catalog.',
              toolCalls: [{ name: 'search_catalog', arguments: { text: 'navy skirt', k: 4 } }],
            },
          },
        ],
      },
    });
    demo = await startServing(
      ['demo', '--items', '60', '--port', '0', '--home', home, '--out', join(scratch, 'world')],
      scratch,
      240_000,
    );
    serve = await startServing(
      ['serve', '--port', '0', '--home', home, '--model', `openai-compatible:${mock.url}#mock-vlm`],
      scratch,
      60_000,
    );
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    const codes = await Promise.all([demo, serve].map((served) => (served ? interrupt(served) : null)));
    await mock?.close();
    rmSync(scratch, { recursive: true, force: true });
    // Ctrl-C is how a person ends the demo: it must stop cleanly.
    if (demo) expect(codes[0]).toBe(0);
  });

  it('searches the catalog and opens an item', async () => {
    await page.goto(`${demo!.url}/`);
    await page.getByTestId('asset-card').first().waitFor();
    await page.getByTestId('search-input').fill('navy skirt');
    await page.getByTestId('search-input').press('Enter');
    await page.waitForURL(/[?&]q=navy(\+|%20)skirt/);
    await page.getByTestId('result-count').waitFor();
    const cards = page.getByTestId('asset-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(0);
    // The first result, as the search API ranks it, is the first card shown.
    const search = await fetch(`${demo!.url}/api/search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'navy skirt' }),
    });
    expect(search.ok).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'explore-search.png') });

    const firstId = await cards.first().getAttribute('data-asset-id');
    expect(firstId).toBeTruthy();
    await cards.first().click();
    await page.getByTestId('item-page').waitFor();
    expect(page.url()).toContain(`/items/${encodeURIComponent(firstId!)}`);
    await expect.poll(() => page.locator('[data-testid="item-page"] h1').textContent()).toBeTruthy();
    await page.getByTestId('item-attributes').waitFor();
    await page.getByTestId('similar-items').locator('[data-testid="asset-card"]').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'explore-item.png') });
  });

  it('chats with the mock model through a tool call', async () => {
    await page.goto(`${serve!.url}/assistant`);
    const select = page.getByTestId('model-select');
    await select.waitFor();
    // The list arrives from /api/models after the page renders.
    await select.locator('option', { hasText: 'mock-vlm' }).waitFor({ state: 'attached' });
    const options = await select.locator('option').allTextContents();
    const mockOption = options.find((option) => option.includes('mock-vlm'));
    expect(mockOption, `model options: ${options.join(' | ')}`).toBeDefined();
    await select.selectOption({ label: mockOption! });
    await page.getByTestId('chat-input').fill('find me a navy skirt');
    await page.getByTestId('chat-send').click();
    const answer = page.locator('[data-testid="chat-message"][data-role="assistant"]').last();
    await answer.and(page.locator('[data-state="done"]')).waitFor({ timeout: 30_000 });
    const cards = answer.locator('[data-testid="tool-card"]');
    // One tool call, then the answer.
    expect(await cards.count()).toBe(1);
    const card = answer.locator('[data-testid="tool-card"][data-tool="search_catalog"]');
    await card.waitFor();
    // The card shows the catalog items the tool returned, as images that loaded.
    await expect.poll(() => card.locator('img').count()).toBeGreaterThan(0);
    await expect
      .poll(() =>
        card
          .locator('img')
          .first()
          .evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth),
      )
      .toBeGreaterThan(0);
    expect(await answer.getByTestId('assistant-answer').textContent()).toContain('four navy skirts');
    expect(await answer.getByTestId('trace-id').textContent()).toMatch(/tr-/);
    // The mock server saw the tool definitions and then the tool's result.
    const requests = mock!
      .requests()
      .map((request) => request.body as { tools?: unknown[]; messages?: { role: string }[] } | null);
    expect(requests.some((body) => (body?.tools?.length ?? 0) > 0)).toBe(true);
    expect(requests.some((body) => body?.messages?.some((message) => message.role === 'tool'))).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'assistant-tool-call.png') });
  });

  it('opens a run and filters its wrong answers', async () => {
    await page.goto(`${demo!.url}/runs`);
    await page.getByTestId('runs-table').waitFor();
    const runs = (await (await fetch(`${demo!.url}/api/runs`)).json()) as {
      runs: { id: string; suite: string; model: string; counts: { wrong: number } }[];
    };
    const run = runs.runs.find((candidate) => candidate.suite === 'perception' && candidate.counts.wrong > 0);
    expect(run, 'a perception run with wrong answers').toBeDefined();
    await page.screenshot({ path: join(SCREENSHOTS, 'runs-leaderboard.png') });
    await page.locator(`[data-testid="run-row"][data-run-id="${run!.id}"] a`).first().click();
    await page.getByTestId('run-page').waitFor();
    await page.getByTestId('run-headline').waitFor();
    await page.getByTestId('sample-row').first().waitFor();

    await page.getByTestId('outcome-filter-wrong').click();
    await page.waitForURL(/outcome=wrong/);
    await expect
      .poll(() => page.getByTestId('sample-count').getAttribute('data-count'))
      .toBe(String(run!.counts.wrong));
    const rows = page.getByTestId('sample-row');
    await expect
      .poll(async () => {
        const outcomes = await rows.evaluateAll((elements) =>
          elements.map((element) => element.dataset.outcome),
        );
        return outcomes.length > 0 && outcomes.every((outcome) => outcome === 'wrong');
      })
      .toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'run-wrong-answers.png') });

    await rows.first().click();
    await page.getByTestId('sample-viewer').waitFor();
    await expect.poll(() => page.getByTestId('sample-raw-output').textContent()).not.toBe('');
    await page.screenshot({ path: join(SCREENSHOTS, 'run-sample-viewer.png') });
  });

  it('shows the boards and the taste inferred from one', async () => {
    await page.goto(`${demo!.url}/boards`);
    const board = page.getByTestId('board-card').first();
    await board.waitFor();
    const user = await board.getAttribute('data-user');
    await board.click();
    await page.getByTestId('board-page').waitFor();
    expect(decodeURIComponent(page.url())).toContain(`/boards/${user}`);
    await page.getByTestId('taste-panel').waitFor();
    await page.getByTestId('board-items').locator('img').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'board.png') });
  });
});
