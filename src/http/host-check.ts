// Against DNS rebinding: a page of evil.example whose name is made to resolve to this server's
// address sends "Host: evil.example". With HTTP_ALLOWED_HOSTS set, such requests are refused.

/** The host name of a Host header, lower case, without port or IPv6 brackets. */
function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']'));
  const colon = h.indexOf(':');
  return colon === -1 ? h : h.slice(0, colon);
}

/**
 * Whether a Host header is one of `allowed` (host names, or host:port to pin the port too).
 * An empty list allows any host.
 */
export function hostAllowed(host: string | undefined, allowed: readonly string[]): boolean {
  if (allowed.length === 0) return true;
  if (!host) return false;
  const full = host.trim().toLowerCase();
  const name = hostName(full);
  return allowed.some((entry) => {
    const e = entry.toLowerCase();
    return e === full || (hostName(e) === e.replace(/^\[|\]$/g, '') && hostName(e) === name);
  });
}

/** What a refused request is told (421: the server is not the one meant). */
export function hostRefusal(host: string | undefined): { error: string } {
  return {
    error: `This server does not answer to the host name "${host ?? ''}". Use one of the names in HTTP_ALLOWED_HOSTS (or add this one there if it is yours).`,
  };
}
