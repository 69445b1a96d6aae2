import type { Report, SuiteSection } from './build-report.ts';
import { formatInterval } from './format-number.ts';
import {
  BASELINE_NOTE,
  breakdownTable,
  comparisonTable,
  leaderboardTable,
  METHOD_NOTE,
  type ReportTable,
  toolUseLines,
} from './report-tables.ts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function htmlTable(table: ReportTable | undefined): string {
  if (!table) return '';
  const head = table.header.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('');
  const body = table.rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  return `${table.title ? `<h3>${escapeHtml(table.title)}</h3>` : ''}<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * One horizontal bar per run with its 95% interval as a whisker and chance as a dashed line, drawn
 * as inline SVG so the report is one self-contained file that opens anywhere.
 */
function metricChart(section: SuiteSection, metric: string): string {
  const rowHeight = 26;
  const labelWidth = 280;
  const plotWidth = 360;
  const height = section.runs.length * rowHeight + 30;
  const x = (value: number) => labelWidth + Math.max(0, Math.min(1, value)) * plotWidth;
  const bars = section.runs.map((summary, index) => {
    const found = summary.headline.find((entry) => entry.name === metric);
    const y = 10 + index * rowHeight;
    const label = `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(summary.run.modelLabel)}</text>`;
    if (!found || !Number.isFinite(found.estimate))
      return `${label}<text x="${labelWidth + 4}" y="${y + 15}">—</text>`;
    const fill = summary.run.modelKind === 'baseline' ? '#b9c4cf' : '#4f7cac';
    return [
      label,
      `<rect x="${labelWidth}" y="${y + 3}" width="${x(found.estimate) - labelWidth}" height="${rowHeight - 10}" fill="${fill}"><title>${escapeHtml(formatInterval(found))}</title></rect>`,
      Number.isFinite(found.low)
        ? `<line x1="${x(found.low)}" x2="${x(found.high)}" y1="${y + 11}" y2="${y + 11}" stroke="#222" stroke-width="1.5"/>`
        : '',
      `<text x="${x(Math.max(found.high, found.estimate)) + 6}" y="${y + 15}" class="value">${escapeHtml(formatInterval(found))}</text>`,
    ].join('');
  });
  const chance = section.chance[metric];
  const chanceLine =
    chance === undefined
      ? ''
      : `<line x1="${x(chance)}" x2="${x(chance)}" y1="4" y2="${height - 20}" stroke="#c0392b" stroke-dasharray="4 3"/><text x="${x(chance)}" y="${height - 6}" text-anchor="middle" class="chance">chance ${chance.toFixed(3)}</text>`;
  const axis = `<line x1="${labelWidth}" x2="${labelWidth + plotWidth}" y1="${height - 20}" y2="${height - 20}" stroke="#888"/>`;
  return `<figure><figcaption>${escapeHtml(metric)}</figcaption><svg role="img" aria-label="${escapeHtml(`${section.suite} ${metric}`)}" width="${labelWidth + plotWidth + 200}" height="${height}" font-size="12">${axis}${bars.join('')}${chanceLine}</svg></figure>`;
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ddd;padding:.3rem .6rem;text-align:left;font-size:.9rem}
th{background:#f4f4f4}figure{margin:.5rem 0}figcaption{font-weight:600}.value{fill:#333}.chance{fill:#c0392b}
p.note{color:#555;font-size:.9rem}`;

export function renderHtml(report: Report): string {
  const sections = report.suites.map((section) => {
    const tools = toolUseLines(section);
    return [
      `<section><h2>${escapeHtml(section.suite)}</h2>`,
      section.metrics.map((metric) => metricChart(section, metric)).join('\n'),
      htmlTable(leaderboardTable(section)),
      htmlTable(breakdownTable(section)),
      htmlTable(comparisonTable(section)),
      tools.length
        ? `<h3>Tool use</h3><ul>${tools.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`
        : '',
      '</section>',
    ].join('\n');
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Atelier evaluation report</title><style>${STYLE}</style></head>
<body><h1>Atelier evaluation report</h1>
<p class="note">Generated ${escapeHtml(report.generatedAt)}. ${escapeHtml(METHOD_NOTE)} Seed ${report.seed}. ${escapeHtml(BASELINE_NOTE)}</p>
${sections.join('\n')}
</body></html>
`;
}
