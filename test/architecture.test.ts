import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * DESIGN.md's layering, checked rather than remembered: data flows world → store/search → tools →
 * agent → eval; core imports nothing of ours; cli, server and web are outer layers nothing imports;
 * and one module reaches another only through that module's index.ts.
 */
const SOURCE = resolve(import.meta.dirname, '..', 'src');

/** Which top-level modules each module may import. Modules not yet written simply have no files. */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  world: ['core'],
  store: ['core', 'world'],
  embed: ['core', 'world', 'store'],
  search: ['core', 'world', 'store', 'embed'],
  models: ['core', 'world', 'store'],
  tools: ['core', 'world', 'store', 'embed', 'search', 'models'],
  agent: ['core', 'world', 'store', 'models', 'tools'],
  eval: ['core', 'world', 'store', 'embed', 'search', 'models', 'tools', 'agent'],
  server: ['core', 'world', 'store', 'embed', 'search', 'models', 'tools', 'agent', 'eval'],
  cli: ['core', 'world', 'store', 'embed', 'search', 'models', 'tools', 'agent', 'eval', 'server'],
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const pattern =
    /(?:import|export)[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
  return [...text.matchAll(pattern)].map((match) => (match[1] ?? match[2]) as string);
}

const files = sourceFiles(SOURCE);
const moduleOf = (path: string) => relative(SOURCE, path).split(/[\\/]/)[0] as string;

describe('architecture', () => {
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('every top-level folder is a known module', () => {
    const modules = new Set(files.map(moduleOf));
    for (const module of modules) expect(Object.keys(ALLOWED)).toContain(module);
  });

  it('modules import only the layers beneath them, and only through their index.ts', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = moduleOf(file);
      for (const specifier of relativeImports(file)) {
        const target = resolve(dirname(file), specifier);
        const to = moduleOf(target);
        if (to === from) continue;
        const where = `${relative(SOURCE, file)} imports ${specifier}`;
        if (!ALLOWED[from]?.includes(to)) violations.push(`${where}: ${from} may not depend on ${to}`);
        else if (relative(join(SOURCE, to), target) !== 'index.ts') {
          violations.push(`${where}: import ${to} through its index.ts`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
