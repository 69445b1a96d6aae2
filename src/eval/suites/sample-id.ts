/** `perception-000042`: stable, sortable, and the key a resumed run matches results on. */
export function sampleId(suite: string, index: number): string {
  return `${suite}-${String(index).padStart(6, '0')}`;
}
