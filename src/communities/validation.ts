// Validation of what admins type for communities, shared by the GraphQL API and the CLI.
import { EmailAddressResolver } from 'graphql-scalars';
import { InvalidInputError } from '../errors.js';

const ALIAS = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$/;

/** RFC 5321: at most 64 characters before the @ and 254 in all. */
const MAX_EMAIL = 254;
const MAX_LOCAL_PART = 64;

/** The input as a message may quote it: a huge argument is not sent back whole. */
function quoted(input: string): string {
  return JSON.stringify(input.length > 80 ? `${input.slice(0, 80)}…` : input);
}

export function normaliseEmail(input: string): string {
  const email = input.trim().toLowerCase();
  const notEmail = () => new InvalidInputError(`${quoted(input)} is not an e-mail address: give the sync user's e-mail as MISP shows it (name@domain).`, 'email');
  if (email.length > MAX_EMAIL || email.lastIndexOf('@') > MAX_LOCAL_PART) throw notEmail();
  try {
    EmailAddressResolver.parseValue(email);
  } catch {
    throw notEmail();
  }
  return email;
}

export function normaliseAlias(input: string, field = 'organizationAlias'): string {
  const alias = input.trim();
  if (alias === '') throw new InvalidInputError('The community alias is empty: give a short name such as "csirt-acme".', field);
  if (!ALIAS.test(alias)) {
    throw new InvalidInputError(`${quoted(alias)} is not a valid community alias: use 1 to 64 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit.`, field);
  }
  return alias;
}
