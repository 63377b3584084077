// Errors the service raises on purpose, in words an admin can act on. The GraphQL layer turns
// them into typed results (see graphql/errors.ts); the CLI prints their message and exits 1.

/** Bad input: nothing was written. `field` names the argument to fix. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** The thing asked for does not exist. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** The request clashes with what is already stored (a duplicate, a run already finished...). */
export class ConflictError extends Error {
  override name = 'ConflictError';
}
