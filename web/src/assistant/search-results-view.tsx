import { ItemTile } from './item-tile.tsx';
import { asArray, asNumber, asRecord, asString } from './read-data.ts';

/** search_catalog's results as a grid of items, each linking to its page. */
export function SearchResultsView({ data }: { data: unknown }) {
  const results = asArray(asRecord(data)?.results).flatMap((value) => {
    const result = asRecord(value);
    const id = asString(result?.id);
    if (!result || !id) return [];
    return [
      {
        id,
        title: asString(result.title),
        price: asNumber(result.price),
        thumbnailUrl: asString(result.thumbnailUrl),
      },
    ];
  });
  if (results.length === 0) return <p className="tool-empty muted">No catalog item matched.</p>;
  return (
    <div className="item-grid">
      {results.map((result) => (
        <ItemTile key={result.id} {...result} />
      ))}
    </div>
  );
}
