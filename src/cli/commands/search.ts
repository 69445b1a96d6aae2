import type { Command } from 'commander';
import { integerOption } from '../arguments.ts';
import { type GlobalOptions, printJson } from '../output.ts';
import { runCommand } from '../run-command.ts';

interface SearchFlags extends GlobalOptions {
  image: string[];
  board?: string;
  boardMode: 'centroid' | 'best-match';
  filter: string[];
  k: number;
  offset: number;
  diversity?: number;
  home?: string;
  embedder?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('Search the indexed catalog by text, image, board and filters.')
    .argument('[text]', 'free-text query, e.g. "red striped skirt"')
    .option('--image <path>', 'query image (repeat for several)', collect, [])
    .option('--board <user>', "a user's board as the query")
    .option('--board-mode <mode>', 'centroid | best-match, for several images or a board', 'centroid')
    .option('--filter <expr>', 'category=skirt, "price<80", "color in red,navy" (repeatable)', collect, [])
    .option('-k <n>', 'results per page', integerOption('-k'), 10)
    .option('--offset <n>', 'skip this many results (pagination)', integerOption('--offset'), 0)
    .option('--diversity <lambda>', 'MMR trade-off in [0,1]; lower = more varied', Number.parseFloat)
    .option('--embedder <spec>', 'must match the embedder the catalog was indexed with')
    .option('--home <dir>', 'Atelier home folder (default ATELIER_HOME or ./.atelier)')
    .option('--json', 'print the response as JSON')
    .option('--debug', 'print stack traces on error')
    .action((text: string | undefined, flags: SearchFlags) =>
      runCommand<SearchFlags>(async (options) => {
        const [{ openSearchEngine, parseFilter }, { resolveHome }] = await Promise.all([
          import('../../search/index.ts'),
          import('../../store/index.ts'),
        ]);
        // Bad filters are reported before anything is opened or loaded.
        for (const filter of options.filter) parseFilter(filter);
        const engine = await openSearchEngine({
          home: resolveHome(options.home),
          ...(options.embedder ? { embedder: options.embedder } : {}),
        });
        try {
          const response = await engine.search({
            ...(text ? { text } : {}),
            ...(options.image.length > 0 ? { images: options.image.map((path) => ({ path })) } : {}),
            ...(options.board ? { board: options.board } : {}),
            boardMode: options.boardMode,
            filters: options.filter,
            k: options.k,
            offset: options.offset,
            ...(options.diversity !== undefined ? { diversity: options.diversity } : {}),
          });
          if (options.json) {
            printJson(response);
            return;
          }
          const header = `${response.results.length} results (${response.signals.join(' + ') || 'filters only'}${response.filtered !== null ? `, ${response.filtered} pass the filters` : ''}; ${response.embedder}; ${response.tookMs} ms)`;
          const lines = [header];
          for (const result of response.results) {
            const price = result.price !== null ? ` $${result.price.toFixed(2)}` : '';
            lines.push(
              `${String(result.rank).padStart(3)}. ${result.id}  ${result.title ?? ''}${price}  [${result.score.toFixed(4)}]`,
            );
            lines.push(`     ${result.why.join('; ')}`);
          }
          process.stdout.write(`${lines.join('\n')}\n`);
        } finally {
          await engine.close();
        }
      })({ ...flags }),
    );
}
