/** A run's status: done, running, failed or interrupted. */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge run-status run-status-${status}`}>{status}</span>;
}
