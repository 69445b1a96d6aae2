import type { Migration, MigrationProvider } from 'kysely';
import * as assets from './0001-assets.ts';
import * as assetsFts from './0002-assets-fts.ts';
import * as embeddings from './0003-embeddings.ts';
import * as boards from './0004-boards.ts';
import * as attributeIndexes from './0005-attribute-indexes.ts';
import * as modelCache from './0006-model-cache.ts';
import * as traces from './0007-traces.ts';
import * as generatedImages from './0008-generated-images.ts';
import * as evalRuns from './0009-eval-runs.ts';
import * as evalResultIndexes from './0010-eval-result-indexes.ts';

/**
 * Migrations compiled into the program rather than read from a folder at run time, so a bundled or
 * installed Atelier finds them. Names sort in the order they must run; never rename or edit one
 * that has shipped — add a new file.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-assets': assets,
  '0002-assets-fts': assetsFts,
  '0003-embeddings': embeddings,
  '0004-boards': boards,
  '0005-attribute-indexes': attributeIndexes,
  '0006-model-cache': modelCache,
  '0007-traces': traces,
  '0008-generated-images': generatedImages,
  '0009-eval-runs': evalRuns,
  '0010-eval-result-indexes': evalResultIndexes,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};
