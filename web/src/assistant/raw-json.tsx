/** A collapsed block of raw JSON (or raw text that is not JSON), for whoever wants every detail. */
export function RawJson({ label, value, open }: { label: string; value: unknown; open?: boolean }) {
  let text: string;
  if (typeof value === 'string') {
    try {
      text = JSON.stringify(JSON.parse(value), null, 2);
    } catch {
      text = value;
    }
  } else {
    text = JSON.stringify(value, null, 2) ?? String(value);
  }
  return (
    <details className="raw-json" open={open}>
      <summary>{label}</summary>
      <pre>{text}</pre>
    </details>
  );
}
