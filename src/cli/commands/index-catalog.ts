import type { Command } from 'commander';
import { integerOption } from '../arguments.ts';
import { type GlobalOptions, printJson } from '../output.ts';
import { silentProgress, terminalProgress } from '../progress.ts';
import { runCommand } from '../run-command.ts';

interface IndexFlags extends GlobalOptions {
  embedder: string;
  home?: string;
  concurrency?: number;
}

export function registerIndex(program: Command): void {
  program
    .command('index')
    .description(
      'Ingest a catalog (a generated world, or a folder of images with optional metadata.jsonl/.csv) and build its search index.',
    )
    .argument('<source>', 'folder to ingest')
    .option('--embedder <spec>', 'classic | clip:MODEL (HF id or local folder) | remote:URL#MODEL', 'classic')
    .option('--home <dir>', 'Atelier home folder (default ATELIER_HOME or ./.atelier)')
    .option('--concurrency <n>', 'images decoded at once', integerOption('--concurrency'))
    .option('--json', 'print a JSON summary instead of text')
    .option('--debug', 'print stack traces on error')
    .action((source: string, flags: IndexFlags) =>
      runCommand<IndexFlags>(async (options, signal) => {
        const [
          { createEmbedder },
          { buildCatalogIndex, ingestBoards, ingestSource },
          { openStore, resolveHome },
        ] = await Promise.all([
          import('../../embed/index.ts'),
          import('../../search/index.ts'),
          import('../../store/index.ts'),
        ]);
        const home = resolveHome(options.home);
        const progress = options.json ? silentProgress : terminalProgress();
        const embedder = await createEmbedder(options.embedder);
        const store = await openStore(home);
        try {
          const ingest = await ingestSource(store, source, {
            progress,
            signal,
            ...(options.concurrency ? { concurrency: options.concurrency } : {}),
            onSkip: options.json
              ? undefined
              : (item) => process.stderr.write(`skipped ${item.source}: ${item.reason}\n`),
          });
          const boards = ingest.kind === 'world' ? await ingestBoards(store, source) : 0;
          const index = await buildCatalogIndex(store, embedder, options.embedder, { progress, signal });
          if (options.json) {
            printJson({ ok: true, home, ingest, boards, index });
            return;
          }
          const { counts } = ingest;
          const lines = [
            `indexed ${source} into ${home} (${ingest.kind}, ${ingest.seconds}s)`,
            `  assets   ${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.skipped} skipped of ${counts.records} records`,
            `  near-duplicates  ${counts.duplicates} pairs (pHash distance <= ${ingest.duplicateThreshold})`,
          ];
          for (const pair of ingest.duplicatePairs.slice(0, 5)) lines.push(`    ${JSON.stringify(pair)}`);
          if (ingest.kind === 'world') lines.push(`  boards   ${boards}`);
          lines.push(
            `  vectors  ${index.vectors} (${embedder.id}, ${index.dimensions ?? '?'} dimensions): ${index.embedded} embedded, ${index.cached} from cache${index.rebuilt ? '' : ', index unchanged'}`,
            '',
          );
          process.stdout.write(lines.join('\n'));
        } finally {
          await store.close();
          await embedder.close();
        }
      })({ ...flags }),
    );
}
