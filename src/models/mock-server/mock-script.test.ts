import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AtelierError } from '../../core/index.ts';
import { loadMockScript, parseMockScriptText } from './load-mock-script.ts';
import { parseMockScript, safeParseMockScript } from './mock-script.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-mock-script-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function errorOf(action: () => unknown): AtelierError {
  try {
    action();
  } catch (error) {
    if (error instanceof AtelierError) return error;
    throw error;
  }
  throw new Error('expected an AtelierError');
}

describe('mock script', () => {
  it('fills defaults: one use per step, forever and times 0 mean no limit, object arguments become JSON', () => {
    const script = parseMockScript({
      steps: [
        { respond: { text: 'hello' } },
        { times: 3, respond: { echo: true } },
        { forever: true, respond: { toolCalls: [{ name: 'zoom', arguments: { box: [1, 2, 3, 4] } }] } },
        { times: 0, respond: { toolCalls: [{ name: 'search', arguments: '{"k": 3,' }] } },
      ],
    });
    expect(script.steps.map((step) => step.times)).toEqual([1, 3, 0, 0]);
    expect(script.steps[2]?.respond.toolCalls?.[0]?.arguments).toBe('{"box":[1,2,3,4]}');
    expect(script.steps[3]?.respond.toolCalls?.[0]?.arguments).toBe('{"k": 3,');
    expect(script.default).toBeUndefined();
  });

  it('names the path of the first problem and counts the rest', () => {
    const error = errorOf(() =>
      parseMockScript(
        {
          steps: [
            { respond: { text: 'ok' } },
            { respond: { text: 'a', error: { status: 500, message: 'x' } } },
          ],
        },
        'inline',
      ),
    );
    expect(error.code).toBe('SCRIPT_INVALID');
    expect(error.message).toBe(
      'inline: steps[1].respond: a response takes one of text, toolCalls, echo, error, rateLimit, hang (text may go with toolCalls), got text and error',
    );

    const several = safeParseMockScript({
      steps: [{ respond: {} }, { match: { lastRole: 'system' }, respond: {} }],
    });
    expect(several.success).toBe(false);
    if (!several.success) {
      expect(several.error.message).toMatch(
        /^mock script: steps\[0\]\.respond: a response needs one of text,/,
      );
      expect(several.error.message).toMatch(/\(and 2 more problems\)$/);
    }
  });

  it('rejects unknown keys, so a misspelt field is not silently ignored', () => {
    const error = errorOf(() => parseMockScript({ steps: [{ respnd: { text: 'x' } }] }));
    expect(error.message).toBe('mock script: steps[0]: Unrecognized key: "respnd" (and 1 more problem)');
  });

  it('rejects times together with forever', () => {
    const error = errorOf(() =>
      parseMockScript({ steps: [{ times: 2, forever: true, respond: { text: 'x' } }] }),
    );
    expect(error.message).toBe('mock script: steps[0].forever: give times or forever, not both (times: 2)');
  });

  it('reads YAML and JSON files and reports the line of a problem', async () => {
    const yamlFile = join(scratch, 'script.yaml');
    writeFileSync(
      yamlFile,
      [
        'models: [mock-vlm]',
        'steps:',
        '  - match: { lastUserContains: skirt }',
        '    respond: { text: "A pleated skirt." }',
        '  - respond:',
        '      toolCalls:',
        '        - name: zoom',
        '          arguments: 7',
        'default: { echo: true }',
      ].join('\n'),
    );
    await expect(loadMockScript(yamlFile)).rejects.toThrow(
      new RegExp(
        `^${yamlFile.replaceAll('.', '\\.')}:8: steps\\[1\\]\\.respond\\.toolCalls\\[0\\]\\.arguments: `,
      ),
    );

    writeFileSync(yamlFile, 'steps:\n  - respond: { text: "A pleated skirt." }\ndefault: { echo: true }\n');
    const script = await loadMockScript(yamlFile);
    expect(script.steps[0]?.respond.text).toBe('A pleated skirt.');
    expect(script.default?.echo).toBe(true);

    const jsonFile = join(scratch, 'script.json');
    writeFileSync(
      jsonFile,
      JSON.stringify({ steps: [{ respond: { rateLimit: { retryAfterSeconds: 2 } } }] }),
    );
    expect((await loadMockScript(jsonFile)).steps[0]?.respond.rateLimit?.retryAfterSeconds).toBe(2);
  });

  it('reports a missing field at the object that lacks it, and syntax errors by line', () => {
    const missing = errorOf(() => parseMockScriptText('steps:\n  - times: 2\n', 'a.yaml'));
    expect(missing.message).toBe('a.yaml:2: steps[0].respond: missing (expected object)');

    const syntax = errorOf(() => parseMockScriptText('steps:\n  - respond: { text: "x"\n', 'b.yaml'));
    expect(syntax.code).toBe('SCRIPT_INVALID');
    expect(syntax.message).toMatch(/^b\.yaml:\d+: not valid YAML or JSON/);
    expect(syntax.message).not.toContain('\n');
  });

  it('says when the file does not exist', async () => {
    await expect(loadMockScript(join(scratch, 'nope.yaml'))).rejects.toMatchObject({
      code: 'SCRIPT_INVALID',
      message: `${join(scratch, 'nope.yaml')}: no such file`,
    });
  });
});
