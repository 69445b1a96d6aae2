import type { Report } from './build-report.ts';
import {
  BASELINE_NOTE,
  breakdownTable,
  comparisonTable,
  leaderboardTable,
  METHOD_NOTE,
  type ReportTable,
  toolUseLines,
} from './report-tables.ts';

function markdownTable(table: ReportTable | undefined): string[] {
  if (!table) return [];
  const escapeCell = (cell: string) => cell.replace(/\|/g, '\\|');
  return [
    ...(table.title ? ['', `**${table.title}**`, ''] : []),
    `| ${table.header.map(escapeCell).join(' | ')} |`,
    `| ${table.header.map(() => '---').join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
  ];
}

/** The full report; `leaderboardOnly` keeps one table per suite (the demo's summary). */
export function renderMarkdown(report: Report, options: { leaderboardOnly?: boolean } = {}): string {
  const lines = [
    '# Atelier evaluation report',
    '',
    `Generated ${report.generatedAt}. ${METHOD_NOTE} Seed ${report.seed}.`,
  ];
  for (const section of report.suites) {
    const tools = toolUseLines(section);
    lines.push(
      '',
      `## ${section.suite}`,
      '',
      ...markdownTable(leaderboardTable(section)),
      ...(options.leaderboardOnly
        ? []
        : [
            ...markdownTable(breakdownTable(section)),
            ...markdownTable(comparisonTable(section)),
            ...(tools.length ? ['', '**Tool use**', '', ...tools.map((line) => `- ${line}`)] : []),
          ]),
    );
  }
  lines.push('', BASELINE_NOTE, '');
  return lines.join('\n');
}
