import { AtelierError } from '../../core/index.ts';
import { isLoopbackHost } from '../../server/index.ts';

/** Shorter tokens can be guessed by anyone who can reach the port and try often enough. */
export const MIN_TOKEN_LENGTH = 16;

const TOKEN_HINT =
  'Pass --token TOKEN or set ATELIER_TOKEN, e.g. ATELIER_TOKEN=$(openssl rand -hex 24) atelier serve --host 0.0.0.0.';

/**
 * The token in force (the flag wins over ATELIER_TOKEN), checked against the address: a loopback
 * address may serve without one; any other address is reachable by other machines and may not.
 */
export function checkBinding(
  host: string,
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
): string | undefined {
  const token = (flag ?? env.ATELIER_TOKEN)?.trim() || undefined;
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
    throw new AtelierError(
      'USAGE',
      `the access token is ${token.length} characters; use at least ${MIN_TOKEN_LENGTH}`,
      {
        hint: TOKEN_HINT,
      },
    );
  }
  if (token === undefined && !isLoopbackHost(host)) {
    throw new AtelierError('USAGE', `refusing to serve on ${host} without an access token`, {
      hint: `Other machines can reach ${host}. ${TOKEN_HINT} Or serve on 127.0.0.1 (the default).`,
    });
  }
  return token;
}

/** The address to print: a wildcard address listens everywhere but is no address to open. */
export function displayUrl(address: string, port: number): string {
  const reachable = address === '0.0.0.0' ? '127.0.0.1' : address === '::' ? '::1' : address;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}/`;
}
