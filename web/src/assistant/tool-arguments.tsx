import { parseArguments } from './read-data.ts';

const MAX_VALUE_CHARS = 80;

function compact(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = `"${value}"`;
  else if (Array.isArray(value)) text = `[${value.map(compact).join(', ')}]`;
  else text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/** The call's arguments on one line (`key value · key value`); the raw JSON sits in the card's details. */
export function ToolArguments({ text }: { text: string }) {
  const parsed = parseArguments(text);
  if (!parsed) {
    return (
      <p className="tool-arguments is-raw" title="The model's arguments are not a JSON object">
        <code>{text.length > 200 ? `${text.slice(0, 199)}…` : text || '(no arguments)'}</code>
      </p>
    );
  }
  const entries = Object.entries(parsed);
  if (entries.length === 0) return <p className="tool-arguments muted">no arguments</p>;
  return (
    <dl className="tool-arguments">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>
            <code>{compact(value)}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}
