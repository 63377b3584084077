/**
 * Typed MISP errors. Each keeps MISP's own `name`/`message`/`url` and says, in a MISP admin's
 * words, what to do. None of them ever holds the API key.
 */
import { DomainError } from '../errors.js';
import type { MispErrorBody } from './types.js';

export interface MispErrorDetails {
  /** MISP base URL (without credentials). */
  baseUrl: string;
  method: string;
  path: string;
  status?: number;
  body?: MispErrorBody;
  attempts?: number;
  cause?: unknown;
}

export abstract class MispError extends DomainError {
  readonly baseUrl: string;
  readonly method: string;
  readonly path: string;
  readonly status: number | undefined;
  /** MISP's `name`, `message`, `url` from the error body, when it sent one. */
  readonly mispName: string | undefined;
  readonly mispMessage: string | undefined;
  readonly mispUrl: string | undefined;
  readonly attempts: number;

  constructor(summary: string, advice: string, d: MispErrorDetails) {
    const said = d.body?.message ?? d.body?.name;
    super(`${summary}${said ? ` MISP said: "${said}".` : ''} ${advice} (${d.method} ${d.baseUrl}${d.path}${d.status ? `, HTTP ${d.status}` : ''})`, {
      cause: d.cause,
    });
    this.baseUrl = d.baseUrl;
    this.method = d.method;
    this.path = d.path;
    this.status = d.status;
    this.mispName = d.body?.name;
    this.mispMessage = d.body?.message;
    this.mispUrl = d.body?.url;
    this.attempts = d.attempts ?? 1;
    this.name = new.target.name;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      status: this.status,
      method: this.method,
      url: `${this.baseUrl}${this.path}`,
      mispName: this.mispName,
      mispMessage: this.mispMessage,
      mispUrl: this.mispUrl,
      attempts: this.attempts,
    };
  }
}

export class MispAuthenticationError extends MispError {
  readonly code = 'MISP_AUTHENTICATION_FAILED';
  constructor(d: MispErrorDetails) {
    super('MISP rejected the API key.', 'Check the key in the configuration: it must be an existing, unexpired auth key of an enabled user whose role allows API access.', d);
  }
}

export class MispPermissionError extends MispError {
  readonly code = 'MISP_PERMISSION_DENIED';
  constructor(d: MispErrorDetails) {
    super(
      'The MISP user of this API key is not allowed to do this.',
      "Use the key of a site-admin user: listing users needs site-admin rights, and deleting or editing other organisations' attributes needs a site admin.",
      d,
    );
  }
}

export class MispNotFoundError extends MispError {
  readonly code = 'MISP_NOT_FOUND';
  constructor(d: MispErrorDetails) {
    super('MISP does not know this object (it may already be deleted).', 'Check the id; for a delete, the attribute is already gone.', d);
  }
}

export class MispRateLimitError extends MispError {
  readonly code = 'MISP_RATE_LIMITED';
  constructor(d: MispErrorDetails) {
    super(
      'MISP kept refusing requests because the rate limit of this user was exceeded, even after waiting.',
      "Raise or remove the rate limit of the user's role in MISP (Administration > Roles), or run at a quieter time.",
      d,
    );
  }
}

export class MispUnreachableError extends MispError {
  readonly code = 'MISP_UNREACHABLE';
  constructor(d: MispErrorDetails & { reason: string }) {
    super(
      `MISP could not be reached or did not answer in time (${d.reason}).`,
      'Check that MISP is running, that the URL is right and reachable from this host (firewall, proxy, TLS certificate), and that it is not overloaded.',
      d,
    );
  }
}

export class MispSaveError extends MispError {
  readonly code = 'MISP_SAVE_FAILED';
  readonly errors: unknown;
  constructor(d: MispErrorDetails) {
    super(
      'MISP refused to save the change (this is a validation failure, not a key problem).',
      'Open the attribute in MISP: its current value or fields do not pass validation, fix them there or act on it by hand.',
      d,
    );
    this.errors = d.body?.errors;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), errors: this.errors };
  }
}

export class MispServerError extends MispError {
  readonly code = 'MISP_SERVER_ERROR';
  constructor(d: MispErrorDetails) {
    super('MISP kept failing with a server error.', "Look at MISP's error log (app/tmp/logs/error.log) and its database and worker health.", d);
  }
}

export class MispUnexpectedResponseError extends MispError {
  readonly code = 'MISP_UNEXPECTED_RESPONSE';
  constructor(d: MispErrorDetails & { reason: string }) {
    super(`MISP answered in a way this service does not understand (${d.reason}).`, 'Check that the URL points at MISP itself (not a login page or proxy) and that MISP is version 2.4.x or 2.5.x.', d);
  }
}

const AUTH_FAILED_PREFIX = 'Authentication failed';

/** Map a final (non-retried) error answer to its typed error. */
export function errorFromResponse(d: MispErrorDetails & { status: number }): MispError {
  const b = d.body;
  if (d.status === 403) {
    if (b?.saved === false) return new MispSaveError(d);
    const text = `${b?.name ?? ''} ${b?.message ?? ''}`;
    if (text.includes(AUTH_FAILED_PREFIX)) return new MispAuthenticationError(d);
    return new MispPermissionError(d);
  }
  if (d.status === 401) return new MispAuthenticationError(d);
  if (d.status === 404) return new MispNotFoundError(d);
  if (d.status === 429) return new MispRateLimitError(d);
  if (d.status >= 500) return new MispServerError(d);
  return new MispUnexpectedResponseError({ ...d, reason: `HTTP ${d.status}` });
}
