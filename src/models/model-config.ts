import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { AtelierError } from '../core/index.ts';
import { imagePolicyOverridesSchema } from './image-policy.ts';
import { safeParseModelSpec } from './model-spec.ts';

/**
 * `atelier.config.yaml`: named models with their keys, endpoints and limits, so a team writes
 * `--model my-vllm` instead of a URL, and keys stay in the environment (`${VAR}` or `apiKeyEnv`).
 */
export const MODEL_CONFIG_FILE_NAMES = ['atelier.config.yaml', 'atelier.config.yml'] as const;

const ENVIRONMENT_VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const REFERENCE = /\$\{([^}]*)\}/g;

export const modelEntrySchema = z
  .strictObject({
    spec: z.string().min(1, 'expected a model spec such as openai:gpt-4o'),
    apiKey: z.string().optional(),
    apiKeyEnv: z
      .string()
      .regex(
        ENVIRONMENT_VARIABLE,
        'expected the name of an environment variable (put a key itself in apiKey)',
      )
      .optional(),
    baseUrl: z.string().optional(),
    imagePolicy: imagePolicyOverridesSchema.optional(),
    boxFormat: z.enum(['pixels', 'normalized-1000']).optional(),
    timeoutMs: z.number().int().min(1, 'expected a positive number of milliseconds').optional(),
    maxRetries: z.number().int().min(0, 'expected 0 or more retries').optional(),
    concurrency: z
      .strictObject({
        initial: z.number().int().min(1, 'expected at least 1').optional(),
        max: z.number().int().min(1, 'expected at least 1').optional(),
      })
      .refine(
        (value) => value.initial === undefined || value.max === undefined || value.initial <= value.max,
        { message: 'expected initial to be at most max', path: ['initial'] },
      )
      .optional(),
    defaults: z
      .strictObject({
        temperature: z.number().min(0).max(2).optional(),
        topP: z.number().gt(0).max(1).optional(),
        maxTokens: z.number().int().min(1).optional(),
        seed: z.number().int().optional(),
      })
      .optional(),
    headers: z.record(z.string(), z.string()).optional(),
  })
  .superRefine((entry, context) => {
    if (entry.apiKey !== undefined && entry.apiKeyEnv !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['apiKeyEnv'],
        message: 'expected apiKey or apiKeyEnv, not both',
      });
    }
  });

const MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const RESERVED_NAMES = new Set(['random', 'oracle', 'rules']);

const configFileSchema = z.looseObject({
  models: z
    .record(
      z
        .string()
        .regex(MODEL_NAME, 'expected a model name of letters, digits, ".", "_" and "-" (no ":")')
        .refine(
          (name) => !RESERVED_NAMES.has(name),
          'expected a name that is not a baseline (random, oracle, rules)',
        ),
      modelEntrySchema,
    )
    .nullish(),
});

type ParsedEntry = z.infer<typeof modelEntrySchema>;

/** One named model, its `${VAR}` references expanded. */
export interface ModelConfigEntry extends ParsedEntry {
  /** References to variables that were not set; resolving this model fails and names them. */
  unsetVariables: Array<{ path: string; variable: string }>;
}

export interface ModelConfig {
  /** The file it was read from, for messages. */
  file: string;
  models: Record<string, ModelConfigEntry>;
}

type Issue = { path: PropertyKey[]; message: string };

function pathText(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join('.');
}

function expand(
  value: unknown,
  path: PropertyKey[],
  env: NodeJS.ProcessEnv,
  unset: Array<{ path: PropertyKey[]; variable: string }>,
  issues: Issue[],
): unknown {
  if (typeof value === 'string') {
    return value.replace(REFERENCE, (reference, name: string) => {
      if (!ENVIRONMENT_VARIABLE.test(name)) {
        issues.push({ path, message: `expected \${NAME} with a variable name inside, found "${reference}"` });
        return reference;
      }
      const variable = env[name];
      if (variable === undefined) {
        unset.push({ path, variable: name });
        return '';
      }
      return variable;
    });
  }
  if (Array.isArray(value))
    return value.map((item, index) => expand(item, [...path, index], env, unset, issues));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, expand(item, [...path, key], env, unset, issues)]),
    );
  }
  return value;
}

function configError(file: string, issues: Issue[], locate: (path: PropertyKey[]) => string): AtelierError {
  const shown = issues
    .slice(0, 3)
    .map((issue) => `${pathText(issue.path)}${locate(issue.path)}: ${issue.message}`);
  const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more` : '';
  return new AtelierError('CONFIG_INVALID', `${file}: ${shown.join('; ')}${more}`, {
    hint:
      'Each entry under `models:` reads `NAME: { spec, apiKey | apiKeyEnv, baseUrl, imagePolicy: ' +
      '{ maxSide, maxPixels, format, quality }, boxFormat, timeoutMs, maxRetries, concurrency: { initial, max }, ' +
      'defaults: { temperature, topP, maxTokens, seed }, headers }`; only spec is required.',
  });
}

/** Parses the text of a config file; throws AtelierError CONFIG_INVALID naming the file, YAML path and line. */
export function parseModelConfig(
  text: string,
  file: string,
  env: NodeJS.ProcessEnv = process.env,
): ModelConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined): string =>
    offset === undefined ? '' : ` (line ${lineCounter.linePos(offset).line})`;
  const syntaxError = document.errors[0];
  if (syntaxError !== undefined) {
    // The message is yaml's own, without the quoted source line: that line may hold a key.
    throw new AtelierError(
      'CONFIG_INVALID',
      `${file}${lineOf(syntaxError.pos[0])}: not valid YAML: ${syntaxError.message}`,
      { hint: 'Fix the YAML syntax at that line (indentation, a missing colon or an unclosed bracket).' },
    );
  }
  const locate = (path: PropertyKey[]): string => {
    for (let length = path.length; length >= 0; length -= 1) {
      const node = document.getIn(
        path.slice(0, length).filter((segment) => typeof segment !== 'symbol'),
        true,
      );
      if (typeof node === 'object' && node !== null && 'range' in node) {
        const range = (node as { range?: [number, number, number] | null }).range;
        if (range) return lineOf(range[0]);
      }
    }
    return '';
  };
  if (document.contents !== null && !isMap(document.contents)) {
    throw configError(file, [{ path: [], message: 'expected a mapping with a `models:` section' }], () => '');
  }

  const unset: Array<{ path: PropertyKey[]; variable: string }> = [];
  const expansionIssues: Issue[] = [];
  const expanded = expand(document.toJS() ?? {}, [], env, unset, expansionIssues);
  if (expansionIssues.length > 0) throw configError(file, expansionIssues, locate);

  const parsed = configFileSchema.safeParse(expanded);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return {
          path: [...issue.path, ...issue.keys.slice(0, 1)],
          message: `unknown field (${issue.message})`,
        };
      }
      // A bad model name: zod nests the reason one level down.
      if (issue.code === 'invalid_key')
        return { path: issue.path, message: issue.issues[0]?.message ?? issue.message };
      return { path: issue.path, message: issue.message };
    });
    throw configError(file, issues, locate);
  }

  const models: Record<string, ModelConfigEntry> = {};
  const specIssues: Issue[] = [];
  for (const [name, entry] of Object.entries(parsed.data.models ?? {})) {
    const unsetVariables = unset
      .filter((reference) => reference.path[0] === 'models' && reference.path[1] === name)
      .map((reference) => ({ path: pathText(reference.path), variable: reference.variable }));
    const specUnset = unsetVariables.some((reference) => reference.path === `models.${name}.spec`);
    if (!specUnset) {
      const spec = safeParseModelSpec(entry.spec);
      if (!spec.success) specIssues.push({ path: ['models', name, 'spec'], message: spec.error.message });
    }
    models[name] = { ...entry, unsetVariables };
  }
  if (specIssues.length > 0) throw configError(file, specIssues, locate);
  return { file, models };
}

/**
 * Reads a config file. With `file`, a missing file is an error; without, the current folder's
 * `atelier.config.yaml` is used when there is one, and `undefined` says there is none.
 */
export async function loadModelConfig(
  options: { file?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ModelConfig | undefined> {
  const env = options.env ?? process.env;
  const candidates =
    options.file === undefined
      ? MODEL_CONFIG_FILE_NAMES.map((name) => join(options.cwd ?? process.cwd(), name))
      : [options.file];
  for (const file of candidates) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (options.file === undefined && code === 'ENOENT') continue;
      throw new AtelierError(
        'SOURCE_NOT_FOUND',
        `${file}: cannot read the config file (${code ?? 'error'})`,
        {
          hint: 'Check the path given with --config, or create atelier.config.yaml in the current folder.',
          cause: error,
        },
      );
    }
    return parseModelConfig(text, file, env);
  }
  return undefined;
}
