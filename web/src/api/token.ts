const KEY = 'atelier.token';

/**
 * The access token of a server bound beyond loopback. It arrives once in the page URL
 * (`/?token=…`, as `atelier serve` prints it), is kept for this tab only, and is removed from the
 * address bar so it does not end up in bookmarks or screenshots.
 */
export function readToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(KEY);
}

let token: string | null | undefined;

export function accessToken(): string | null {
  if (token === undefined) token = readToken();
  return token;
}
