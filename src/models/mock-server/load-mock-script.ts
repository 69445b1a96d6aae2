import { readFile } from 'node:fs/promises';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { AtelierError } from '../../core/index.ts';
import { type MockScript, mockScriptSchema, scriptInvalid } from './mock-script.ts';

/**
 * Reads a mock script from a YAML or JSON file (YAML reads JSON too). Errors name the file, the
 * line and the path within it: `script.yaml:12: steps[2].respond: a response needs one of …`.
 */
export async function loadMockScript(file: string): Promise<MockScript> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new AtelierError(
      'SCRIPT_INVALID',
      `${file}: ${missing ? 'no such file' : `cannot read it (${(error as Error).message})`}`,
      { hint: 'Pass --script with the path of a YAML or JSON mock script.', cause: error },
    );
  }
  return parseMockScriptText(text, file);
}

/** Parses a script's YAML or JSON text; `source` names it in errors. */
export function parseMockScriptText(text: string, source: string): MockScript {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntaxError = document.errors[0];
  if (syntaxError !== undefined) {
    const { line } = lineCounter.linePos(syntaxError.pos[0]);
    throw new AtelierError(
      'SCRIPT_INVALID',
      `${source}:${line}: not valid YAML or JSON (${syntaxError.message.split('\n')[0]})`,
      { hint: 'Fix the syntax at that line; a script is a YAML or JSON object with a "steps" list.' },
    );
  }
  const result = mockScriptSchema.safeParse(document.toJS());
  if (result.success) return result.data;

  // The deepest node the path reaches: a missing key is reported at the object that lacks it.
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let length = path.length; length >= 0; length -= 1) {
      const node: unknown = document.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  throw scriptInvalid(source, result.error.issues, lineOf);
}
