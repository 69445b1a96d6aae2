/**
 * `npm run perf -- NAME [flags]` runs perf/NAME.ts. Each benchmark prints its figures, and its last
 * line is one JSON object so that results can be collected by scripts.
 */
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [name, ...rest] = process.argv.slice(2);
const available = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.ts') && !['run.ts'].includes(file) && !file.includes('.child.'))
  .map((file) => file.replace(/\.ts$/, ''));

if (!name || !available.includes(name)) {
  process.stderr.write(`usage: npm run perf -- NAME [flags]\navailable: ${available.join(', ')}\n`);
  process.exit(2);
}
process.argv = [process.argv[0]!, process.argv[1]!, ...rest];
const benchmark: { main?: (argv: readonly string[]) => Promise<unknown> } = await import(
  pathToFileURL(`${import.meta.dirname}/${name}.ts`).href
);
// Scripts that other benchmarks import (search-vectors) run only when called directly; call their main.
if (typeof benchmark.main === 'function') await benchmark.main(rest);
