import { rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AtelierError } from '../../core/index.ts';
import { buildReport, declaredHeadline, renderHtml, renderMarkdown } from '../../eval/index.ts';
import { openStore, resolveHome } from '../../store/index.ts';

export async function writeReport(
  runIds: string[],
  options: { format: 'md' | 'html' | 'json'; out?: string; all?: boolean; seed: number; home?: string },
): Promise<void> {
  const store = await openStore(resolveHome(options.home));
  try {
    const ids = options.all
      ? store.sqlite
          .prepare<[], { id: string }>('SELECT id FROM eval_runs ORDER BY created_at, id')
          .all()
          .map((row) => row.id)
      : runIds;
    if (ids.length === 0) {
      throw new AtelierError('USAGE', 'name at least one run, or pass --all', {
        hint: '"atelier runs" lists the runs; "atelier eval" makes one.',
      });
    }
    const report = buildReport(store, ids, declaredHeadline, options.seed);
    const text =
      options.format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : options.format === 'html'
          ? renderHtml(report)
          : renderMarkdown(report);
    if (!options.out) {
      process.stdout.write(text);
      return;
    }
    // Written beside the target and renamed, so a reader never sees half a report.
    const temporary = join(dirname(options.out), `.${basename(options.out)}.${process.pid}.tmp`);
    try {
      await writeFile(temporary, text);
      await rename(temporary, options.out);
    } catch (error) {
      throw new AtelierError('OUTPUT_NOT_WRITABLE', `cannot write the report to ${options.out}`, {
        hint: 'Check that the folder exists and is writable.',
        cause: error,
      });
    }
    process.stderr.write(`wrote ${options.format} report of ${ids.length} run(s) to ${options.out}\n`);
  } finally {
    await store.close();
  }
}
