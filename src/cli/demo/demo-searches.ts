import type { SearchRequest } from '../../search/index.ts';

export interface DemoSearch {
  label: string;
  results: { id: string; title: string | null; why: string[] }[];
}

const QUERIES: { label: string; request: SearchRequest }[] = [
  {
    label: '"red striped skirt" under $120',
    request: { text: 'red striped skirt', filters: ['price<120'], k: 3 },
  },
  { label: 'similar to item-000001', request: { images: [{ assetId: 'item-000001' }], k: 3 } },
  { label: "user-0001's board", request: { board: 'user-0001', k: 3 } },
];

/** A few searches of each kind (text + filter, image, board), as a user would try after indexing. */
export async function demoSearches(home: string): Promise<DemoSearch[]> {
  const { openSearchEngine } = await import('../../search/index.ts');
  const engine = await openSearchEngine({ home });
  try {
    const answers: DemoSearch[] = [];
    for (const { label, request } of QUERIES) {
      const response = await engine.search(request);
      answers.push({ label, results: response.results.map(({ id, title, why }) => ({ id, title, why })) });
    }
    return answers;
  } finally {
    await engine.close();
  }
}

export function formatSearches(answers: DemoSearch[]): string[] {
  return answers.flatMap(({ label, results }) => [
    `search ${label}:`,
    ...results.map(
      (result, index) => `  ${index + 1}. ${result.id}  ${result.title ?? ''}  — ${result.why.join('; ')}`,
    ),
  ]);
}
