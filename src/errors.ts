// Errors the service raises on purpose, in words an admin can act on. The GraphQL layer turns
// them into typed results (see graphql/errors.ts) or errors carrying their `code`; the CLI prints
// their message and exits 1.

/**
 * An error raised on purpose, whose message is safe to show and whose `code` a client can test
 * (GraphQL's `extensions.code`). Other modules' errors (MISP's) extend it too.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
}

/** Bad input: nothing was written. `field` names the argument to fix. */
export class InvalidInputError extends DomainError {
  override name = 'InvalidInputError';
  readonly code = 'BAD_USER_INPUT';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** The thing asked for does not exist. */
export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  readonly code = 'NOT_FOUND';
}

/** The request clashes with what is already stored (a duplicate, a run already finished...). */
export class ConflictError extends DomainError {
  override name = 'ConflictError';
  readonly code = 'CONFLICT';
}

/** What was asked needs something the configuration lacks (a MISP, a warninglist source); the message says what to set. */
export class NotConfiguredError extends DomainError {
  override name = 'NotConfiguredError';
  readonly code = 'SERVICE_UNAVAILABLE';
}
