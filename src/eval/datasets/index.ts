export { type DatasetRowError, formatRowError } from './dataset-row-error.ts';
export type { DatasetSource } from './dataset-source.ts';
export { type DatasetSuite, loadDatasetSuite } from './load-dataset-suite.ts';
export { loadJsonlDataset } from './load-jsonl-dataset.ts';
export { loadVlmevalkitTsv } from './load-vlmevalkit-tsv.ts';
