import type { ReactNode } from 'react';

/** What a page shows when there is nothing to show, with the command or action that fills it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <h2>{title}</h2>
      {children}
    </div>
  );
}
