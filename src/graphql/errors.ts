// Typed errors of mutations: a mutation returns either its result or one of these, so clients
// can tell "fix your input" from "already exists" without parsing messages.
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { builder } from './builder.js';

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'Something the request asked for could not be done; nothing was written.',
  fields: (t) => ({ message: t.exposeString('message', { description: 'What happened and what to do.' }) }),
});

builder.objectType(InvalidInputError, {
  name: 'InvalidInputError',
  description: 'An argument is not valid.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidInputError,
  fields: (t) => ({ field: t.exposeString('field', { description: 'The argument to fix.' }) }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description: 'The request clashes with what is already stored.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ConflictError,
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The thing named does not exist.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
});

export { ConflictError, InvalidInputError, NotFoundError };
