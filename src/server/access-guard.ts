import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';

export interface AccessOptions {
  /**
   * When set, every /api/* request must carry `Authorization: Bearer TOKEN`. GET requests may pass
   * `?token=TOKEN` instead, because an <img src> or a download link cannot send a header.
   */
  token?: string;
  /**
   * Host names the API answers without a token (default: the loopback names). A page on another
   * site can point its own host name at 127.0.0.1 (DNS rebinding) and read a token-less API; the
   * Host header it sends then still names that site, so it is refused.
   */
  allowedHosts?: readonly string[];
}

export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '::1', '[::1]'];

/** A loopback address or name: 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Equal-length digests compared with timingSafeEqual: the time taken says nothing about the token. */
export function tokensMatch(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

function denied(context: Context, status: 401 | 403, code: string, message: string, hint: string) {
  if (status === 401) context.header('WWW-Authenticate', 'Bearer realm="atelier"');
  return context.json({ error: { code, message, hint } }, status);
}

function presentedToken(context: Context): string | undefined {
  const header = context.req.header('authorization');
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1] ?? '';
  }
  const method = context.req.method;
  // Only reads take the token from the URL: a URL ends up in history and logs, so nothing that
  // changes state or costs money (chat) may be triggered by a link.
  if (method === 'GET' || method === 'HEAD') return context.req.query('token');
  return undefined;
}

/** Guards /api/*: the token when one is configured; otherwise the Host and Origin checks. */
export function accessGuard(options: AccessOptions): MiddlewareHandler {
  const token = options.token;
  const allowedHosts = new Set((options.allowedHosts ?? LOOPBACK_HOSTS).map((host) => host.toLowerCase()));
  const hostAllowed = (host: string) => allowedHosts.has(host.toLowerCase()) || isLoopbackHost(host);
  return async (context, next) => {
    if (token !== undefined) {
      const given = presentedToken(context);
      if (given === undefined || given === '' || !tokensMatch(given, token)) {
        return denied(
          context,
          401,
          'UNAUTHORIZED',
          given ? 'the access token is wrong' : 'this server requires an access token',
          'Send "Authorization: Bearer TOKEN" (or ?token=TOKEN on GET requests) with the token given to "atelier serve".',
        );
      }
      return next();
    }
    const host = new URL(context.req.url).hostname;
    if (!hostAllowed(host)) {
      return denied(
        context,
        403,
        'FORBIDDEN',
        `requests for host "${host}" are refused by a server without an access token`,
        'Open the app at http://127.0.0.1:PORT, or restart "atelier serve" with --token to serve other hosts.',
      );
    }
    const origin = context.req.header('origin');
    if (origin !== undefined && origin !== 'null') {
      let originHost = '';
      try {
        originHost = new URL(origin).hostname;
      } catch {
        originHost = '';
      }
      if (!hostAllowed(originHost)) {
        return denied(
          context,
          403,
          'FORBIDDEN',
          `cross-site request from ${origin} refused`,
          'Only pages served by this machine may call a server without an access token; start it with --token to allow others.',
        );
      }
    } else if (origin === 'null') {
      return denied(
        context,
        403,
        'FORBIDDEN',
        'request from an opaque origin refused',
        'Call the API from the Atelier web app or a script.',
      );
    }
    return next();
  };
}
