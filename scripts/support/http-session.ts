// Signs in over HTTP the way a browser does (csrf token → credentials callback), keeping cookies.
export type THttpSession = { cookie: string; fetch: (path: string, init?: RequestInit) => Promise<Response> };

function mergeCookies(jar: Map<string, string>, response: Response): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    const eq = pair!.indexOf('=');
    jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
  }
}

export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<THttpSession> {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  mergeCookies(jar, csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const signIn = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  mergeCookies(jar, signIn);
  if (![...jar.keys()].some((name) => name.includes('session-token'))) throw new Error(`Sign-in failed for ${email}`);
  return {
    cookie: cookie(),
    fetch: (path, init = {}) => fetch(`${baseUrl}${path}`, { ...init, headers: { ...(init.headers ?? {}), cookie: cookie() } }),
  };
}
