import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtelierError } from '../core/index.ts';
import { DEFAULT_IMAGE_POLICY } from './image-policy.ts';
import { loadModelConfig, type ModelConfig, parseModelConfig } from './model-config.ts';
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  resolveModelSettings,
} from './model-settings.ts';

const SECRET = 'sk-test-0123456789abcdef-secret';

const TEAM_CONFIG = `
# Models the team compares.
models:
  my-vllm:
    spec: openai-compatible:\${VLLM_URL}#Qwen/Qwen2.5-VL-7B-Instruct
    apiKey: \${VLLM_KEY}
    boxFormat: normalized-1000
    imagePolicy:
      maxSide: 1344
      format: png
    timeoutMs: 30000
    maxRetries: 5
    concurrency: { initial: 8, max: 64 }
    defaults: { temperature: 0, seed: 7, maxTokens: 512 }
    headers:
      X-Team: vision-\${TEAM}
  claude:
    spec: anthropic:claude-sonnet-4-6
    apiKeyEnv: TEAM_ANTHROPIC_KEY
  gpt:
    spec: openai:gpt-4o
    apiKey: \${MISSING_OPENAI_KEY}
other-module-section:
  anything: goes
`;

function refusal(run: () => unknown): AtelierError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AtelierError);
    return error as AtelierError;
  }
  throw new Error('expected an error');
}

describe('model config', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'atelier-model-config-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('loads atelier.config.yaml from the folder and expands environment references in strings', async () => {
    writeFileSync(join(folder, 'atelier.config.yaml'), TEAM_CONFIG);
    const env = { VLLM_URL: 'http://gpu.lan:8000/v1', VLLM_KEY: SECRET, TEAM: 'research' };
    const config = await loadModelConfig({ cwd: folder, env });
    expect(config?.file).toBe(join(folder, 'atelier.config.yaml'));

    const settings = resolveModelSettings('my-vllm', config, env);
    expect(settings).toMatchObject({
      name: 'my-vllm',
      id: 'openai-compatible:http://gpu.lan:8000/v1#Qwen/Qwen2.5-VL-7B-Instruct',
      spec: {
        kind: 'openai-compatible',
        baseUrl: 'http://gpu.lan:8000/v1',
        model: 'Qwen/Qwen2.5-VL-7B-Instruct',
      },
      apiKey: SECRET,
      baseUrl: 'http://gpu.lan:8000/v1',
      boxFormat: 'normalized-1000',
      imagePolicy: { ...DEFAULT_IMAGE_POLICY, maxSide: 1344, format: 'png' },
      timeoutMs: 30_000,
      maxRetries: 5,
      concurrency: { initial: 8, max: 64 },
      defaults: { temperature: 0, seed: 7, maxTokens: 512 },
      headers: { 'X-Team': 'vision-research' },
    });
    expect(settings.apiKeySource).toContain('models.my-vllm.apiKey');
  });

  it('returns undefined when the folder has no config, and refuses a named file that is missing', async () => {
    expect(await loadModelConfig({ cwd: folder, env: {} })).toBeUndefined();
    const error = await loadModelConfig({ file: join(folder, 'nope.yaml') }).catch(
      (reason: unknown) => reason,
    );
    expect((error as AtelierError).code).toBe('SOURCE_NOT_FOUND');
    expect((error as AtelierError).message).toContain('nope.yaml');
  });

  it('names the file, the YAML path, the line and what was expected', () => {
    const text = [
      'models:',
      '  my-vllm:',
      '    spec: openai-compatible:http://localhost:8000/v1#qwen',
      '    imagePolicy:',
      '      maxSide: -5',
      '      format: gif',
    ].join('\n');
    const error = refusal(() => parseModelConfig(text, '/team/atelier.config.yaml', {}));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain('/team/atelier.config.yaml');
    expect(error.message).toMatch(
      /models\.my-vllm\.imagePolicy\.maxSide \(line 5\): expected a positive whole number/,
    );
    expect(error.message).toMatch(/models\.my-vllm\.imagePolicy\.format \(line 6\): .*"jpeg"\|"png"\|"webp"/);

    const typo = refusal(() =>
      parseModelConfig('models:\n  a:\n    spec: rules\n    apikey: x\n', 'c.yaml', {}),
    );
    expect(typo.message).toMatch(/models\.a\.apikey \(line 4\): unknown field/);

    const badSpec = refusal(() => parseModelConfig('models:\n  a:\n    spec: gpt-4o\n', 'c.yaml', {}));
    expect(badSpec.message).toMatch(/models\.a\.spec \(line 3\): model spec "gpt-4o": unknown model/);

    const wrongType = refusal(() =>
      parseModelConfig('models:\n  a:\n    spec: rules\n    timeoutMs: soon\n', 'c.yaml', {}),
    );
    expect(wrongType.message).toMatch(/models\.a\.timeoutMs \(line 4\): .*expected number/);

    const order = refusal(() =>
      parseModelConfig(
        'models:\n  a:\n    spec: rules\n    concurrency: { initial: 9, max: 2 }\n',
        'c.yaml',
        {},
      ),
    );
    expect(order.message).toMatch(
      /models\.a\.concurrency\.initial \(line 4\): expected initial to be at most max/,
    );

    const reserved = refusal(() => parseModelConfig('models:\n  random:\n    spec: rules\n', 'c.yaml', {}));
    expect(reserved.message).toMatch(/models\.random.*not a baseline/);
  });

  it('reports YAML syntax errors with a line and without echoing the line', () => {
    const text = `models:\n  a:\n    spec: rules\n    apiKey: "${SECRET}\n    timeoutMs: [1, 2\n`;
    const error = refusal(() => parseModelConfig(text, 'c.yaml', {}));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toMatch(/^c\.yaml \(line \d+\): not valid YAML/);
    expect(error.message).not.toContain(SECRET);
  });

  it('reads keys from the environment, with the provider defaults', () => {
    const openai = resolveModelSettings('openai:gpt-4o', undefined, { OPENAI_API_KEY: SECRET });
    expect(openai).toMatchObject({
      id: 'openai:gpt-4o',
      apiKey: SECRET,
      apiKeySource: 'the OPENAI_API_KEY environment variable',
      baseUrl: 'https://api.openai.com/v1',
      boxFormat: 'pixels',
      imagePolicy: DEFAULT_IMAGE_POLICY,
      timeoutMs: DEFAULT_TIMEOUT_MS,
      maxRetries: DEFAULT_MAX_RETRIES,
      concurrency: DEFAULT_CONCURRENCY,
      defaults: {},
      headers: {},
    });
    const proxied = resolveModelSettings('openai:gpt-4o', undefined, {
      OPENAI_API_KEY: SECRET,
      OPENAI_BASE_URL: 'http://proxy.lan/v1/',
    });
    expect(proxied.baseUrl).toBe('http://proxy.lan/v1');

    const anthropic = resolveModelSettings('anthropic:claude-sonnet-4-6', undefined, {
      ANTHROPIC_API_KEY: SECRET,
      ANTHROPIC_BASE_URL: 'https://gateway.lan',
    });
    expect(anthropic).toMatchObject({ apiKey: SECRET, baseUrl: 'https://gateway.lan' });

    const local = resolveModelSettings(
      'openai-compatible:http://localhost:11434/v1#llava:13b',
      undefined,
      {},
    );
    expect(local).toMatchObject({ apiKey: undefined, baseUrl: 'http://localhost:11434/v1' });
    const keyed = resolveModelSettings('openai-compatible:http://localhost:8000/v1#qwen', undefined, {
      OPENAI_COMPATIBLE_API_KEY: SECRET,
    });
    expect(keyed.apiKey).toBe(SECRET);

    const baseline = resolveModelSettings('rules', undefined, {});
    expect(baseline).toMatchObject({
      id: 'rules',
      spec: { kind: 'rules' },
      apiKey: undefined,
      baseUrl: undefined,
    });
  });

  it('says which variable or field to set when a key is missing, and never prints a key', () => {
    const config = parseModelConfig(TEAM_CONFIG, 'team.yaml', {
      VLLM_URL: 'http://gpu.lan/v1',
      VLLM_KEY: SECRET,
      TEAM: 'x',
    });
    const env = { OPENAI_API_KEY: SECRET, VLLM_KEY: SECRET };

    const fromEnvironment = refusal(() => resolveModelSettings('anthropic:claude-sonnet-4-6', config, env));
    expect(fromEnvironment.code).toBe('API_KEY_MISSING');
    expect(fromEnvironment.hint).toContain('ANTHROPIC_API_KEY');

    const namedVariable = refusal(() => resolveModelSettings('claude', config, env));
    expect(namedVariable.code).toBe('API_KEY_MISSING');
    expect(namedVariable.hint).toContain('TEAM_ANTHROPIC_KEY');
    expect(namedVariable.hint).toContain('models.claude.apiKey');

    const unsetReference = refusal(() => resolveModelSettings('gpt', config, env));
    expect(unsetReference.code).toBe('API_KEY_MISSING');
    expect(unsetReference.message).toContain(`\${MISSING_OPENAI_KEY}`);
    expect(unsetReference.hint).toContain('MISSING_OPENAI_KEY');

    for (const error of [fromEnvironment, namedVariable, unsetReference]) {
      expect(JSON.stringify(error.toJSON())).not.toContain(SECRET);
    }
    // The other entries still resolve: one unset variable does not spoil the whole file.
    expect(resolveModelSettings('my-vllm', config, env).apiKey).toBe(SECRET);
    expect(resolveModelSettings('claude', config, { TEAM_ANTHROPIC_KEY: SECRET }).apiKey).toBe(SECRET);
  });

  it('blinds named models and lists the config names for an unknown one', () => {
    const config: ModelConfig = parseModelConfig(TEAM_CONFIG, 'team.yaml', {
      VLLM_URL: 'http://gpu.lan/v1',
      VLLM_KEY: SECRET,
      TEAM: 'x',
    });
    const blind = resolveModelSettings('text-only:my-vllm', config, {});
    expect(blind.id).toBe('text-only:openai-compatible:http://gpu.lan/v1#Qwen/Qwen2.5-VL-7B-Instruct');
    expect(blind.inner?.name).toBe('my-vllm');
    expect(blind.inner?.apiKey).toBe(SECRET);

    const blindSpec = resolveModelSettings('text-only:openai:gpt-4o', undefined, { OPENAI_API_KEY: SECRET });
    expect(blindSpec.spec).toEqual({ kind: 'text-only', inner: { kind: 'openai', model: 'gpt-4o' } });
    expect(blindSpec.inner?.apiKey).toBe(SECRET);

    const unknown = refusal(() => resolveModelSettings('my-vlm', config, {}));
    expect(unknown.code).toBe('MODEL_SPEC_INVALID');
    expect(unknown.message).toContain('team.yaml');
    expect(unknown.hint).toContain('my-vllm, claude, gpt');
  });

  it('refuses an apiKeyEnv that holds a key instead of a name, without repeating it', () => {
    const error = refusal(() =>
      parseModelConfig(`models:\n  a:\n    spec: openai:gpt-4o\n    apiKeyEnv: "${SECRET}!"\n`, 'c.yaml', {}),
    );
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toMatch(
      /models\.a\.apiKeyEnv \(line 4\): expected the name of an environment variable/,
    );
    expect(error.message).not.toContain(SECRET);
  });
});
