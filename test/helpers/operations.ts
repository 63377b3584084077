// Operations built from the schema itself, so that a new query or mutation is covered by the tests
// that iterate over every field (access, authentication, hostile input) without being listed.
import { getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, type GraphQLField, type GraphQLInputType, type GraphQLObjectType } from 'graphql';

/** A valid value of an input type, as a variable (JSON); `day` is the value of every Date. */
export function validValue(type: GraphQLInputType, day: string): unknown {
  if (isNonNullType(type)) return validValue(type.ofType, day);
  if (isListType(type)) return [validValue(type.ofType, day)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) throw new Error(`give input object ${type.name} a valid value in test/helpers/operations.ts`);
  const scalars: Record<string, unknown> = { Date: day, DateTime: `${day}T00:00:00Z`, ID: '1', String: 'x', Int: 1, Float: 1, Boolean: true, EmailAddress: 'a@b.example', JSON: '{}' };
  if (!(type.name in scalars)) throw new Error(`give scalar ${type.name} a valid value in test/helpers/operations.ts`);
  return scalars[type.name];
}

function isUnionOfErrors(type: unknown): boolean {
  return typeof (type as { getTypes?: unknown }).getTypes === 'function' && (type as { getTypes(): GraphQLObjectType[] }).getTypes().some((t) => t.name.endsWith('Error'));
}

/**
 * An operation calling `field` with each argument as a variable, the least selection of its result,
 * and the message of a typed error; `variables` holds a valid value for each argument.
 */
export function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, day: string): { document: string; variables: Record<string, unknown> } {
  const declared = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isLeafType(named) ? '' : isUnionOfErrors(named) ? ' { __typename ... on Error { message } }' : ' { __typename }';
  const document = `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
  return { document, variables: Object.fromEntries(field.args.map((a) => [a.name, validValue(a.type, day)])) };
}
