import { resolve } from 'node:path';

/**
 * Where Atelier keeps its database and blobs: `--home DIR`, else $ATELIER_HOME, else `./.atelier`.
 * Returned as an absolute path so that messages and later `cd`s inside the process name one place.
 */
export function resolveHome(flag?: string, environment: NodeJS.ProcessEnv = process.env): string {
  if (flag !== undefined && flag.trim() !== '') return resolve(flag);
  const fromEnvironment = environment.ATELIER_HOME;
  if (fromEnvironment !== undefined && fromEnvironment.trim() !== '') return resolve(fromEnvironment);
  return resolve('.atelier');
}
