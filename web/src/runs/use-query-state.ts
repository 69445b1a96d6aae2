import { useCallback } from 'react';
import { useSearchParams } from 'wouter';

/**
 * The page's filters and open sample, kept in the address bar so a link shows exactly this view.
 * Changes replace the history entry: stepping through samples should not fill the back button.
 */
export function useQueryState(): [
  URLSearchParams,
  (changes: Record<string, string | null | undefined>) => void,
] {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: Record<string, string | null | undefined>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [params, update];
}
