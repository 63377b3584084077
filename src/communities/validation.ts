// Validation of what admins type for communities, shared by the GraphQL API and the CLI.
import { EmailAddressResolver } from 'graphql-scalars';
import { InvalidInputError } from '../errors.js';

const ALIAS = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$/;

export function normaliseEmail(input: string): string {
  const email = input.trim().toLowerCase();
  try {
    EmailAddressResolver.parseValue(email);
  } catch {
    throw new InvalidInputError(`"${input}" is not an e-mail address: give the sync user's e-mail as MISP shows it (name@domain).`, 'email');
  }
  return email;
}

export function normaliseAlias(input: string, field = 'organizationAlias'): string {
  const alias = input.trim();
  if (alias === '') throw new InvalidInputError('The community alias is empty: give a short name such as "csirt-acme".', field);
  if (!ALIAS.test(alias)) {
    throw new InvalidInputError(
      `"${alias}" is not a valid community alias: use 1 to 64 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit.`,
      field,
    );
  }
  return alias;
}
