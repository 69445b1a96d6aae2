/**
 * The part of a model's output that can hold its answer: reasoning models think inside
 * <think>…</think> before answering, and markdown emphasis ("**B**", "`yes`") wraps answers without
 * changing them. An unclosed <think> keeps its text: a truncated answer still says what it says.
 */
export function answerText(raw: string): string {
  return raw
    .replace(/<think>[\s\S]*?<\/think>/gi, ' ')
    .replace(/\*\*|__|`+/g, '')
    .replace(/^\s*#+\s*/gm, '')
    .trim();
}

/** The first JSON object in a text (bare or in a ```json fence), or undefined when there is none. */
export function firstJsonObject(text: string): Record<string, unknown> | undefined {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  try {
    const value: unknown = JSON.parse(text.slice(start, end + 1));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
