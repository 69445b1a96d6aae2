/**
 * Reads a search tool's text: each result is a line that starts with the asset id, then its title
 * ("item-000042  Navy Pinstripe Blazer — $89.99", optionally numbered or bulleted). An id holds a
 * letter and a digit, which is what keeps header lines ("Found 5 items:") from reading as results.
 */
export interface ResultLine {
  id: string;
  /** Everything after the id: title, then category, price, colour as the tool lists them. */
  title: string;
  /** The title alone, before the first " — " field separator. */
  name: string;
}

const LINE = /^\s*(?:[-*•]\s*|\d+[.)]\s+)?([A-Za-z0-9][\w./:-]*?)[:,]?(?:\s+[-—–|:]?\s*(.*))?$/;

function isAssetId(token: string): boolean {
  return /[A-Za-z]/.test(token) && /\d/.test(token) && !/^(?:top|k)?\d+$/i.test(token);
}

export function readResultLine(line: string): ResultLine | undefined {
  const match = LINE.exec(line);
  const id = match?.[1];
  if (!id || !isAssetId(id)) return undefined;
  const title = (match[2] ?? '').trim();
  return { id, title, name: title.split(/\s+[—–|]\s+/)[0] ?? title };
}

export function readResultLines(text: string): ResultLine[] {
  return text.split('\n').flatMap((line) => {
    const result = readResultLine(line);
    return result ? [result] : [];
  });
}

/**
 * What a line describes: a result's name without its id and the fields after it (a trailing colour
 * field would read as a pattern colour), or any other line as it is.
 */
export function describedText(line: string): string {
  const result = readResultLine(line);
  return result ? result.name : line.trim();
}
