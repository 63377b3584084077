// The headers of every page the service serves to a browser (the console, GraphiQL, API docs):
// a Content-Security-Policy that lets a page load and talk to this service's own origin only, so
// nothing is fetched from the internet (MISP hosts are often air-gapped) and injected markup cannot
// run script or send data elsewhere.
import type { ServerResponse } from 'node:http';

export interface PageSecurityOptions {
  /**
   * Allow <style> elements and style attributes written by the page's own script. GraphiQL's
   * editor (Monaco) and Redoc inject their styles at run time; they still load nothing from
   * another origin. Scripts stay limited to the service's own files.
   */
  inlineStyles?: boolean;
}

/** The Content-Security-Policy of a page: the service's own origin for everything it loads or calls. */
export function contentSecurityPolicy({ inlineStyles = false }: PageSecurityOptions = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${inlineStyles ? " 'unsafe-inline'" : ''}`,
    // data: for icons and fonts embedded in the bundled stylesheets, never a remote image.
    "img-src 'self' data:",
    "font-src 'self' data:",
    "worker-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every security header of a page, by name. */
export function pageSecurityHeaders(options: PageSecurityOptions = {}): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(options),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
}

/** Sets the page security headers on a response before its head is written. */
export function applyPageSecurityHeaders(res: ServerResponse, options: PageSecurityOptions = {}): void {
  for (const [name, value] of Object.entries(pageSecurityHeaders(options))) res.setHeader(name, value);
}
