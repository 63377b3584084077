// The OpenAPI 3 document of /api, built from the REST routes' GraphQL documents and the schema:
// parameters are the documents' variables, described by the arguments they feed; answers are the
// documents' selections, described field by field from the schema. Nothing is written twice.
import { readFileSync } from 'node:fs';
import {
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  OperationTypeNode,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type SelectionSetNode,
} from 'graphql';
import { schema } from '../graphql/schema.js';
import { API_BASE } from './api-routes.js';
import { PREPARED_ROUTES, type PreparedRoute } from './rest-routes.js';

type Json = Record<string, unknown>;

const SCALARS: Record<string, Json> = {
  Int: { type: 'integer', format: 'int32' },
  Float: { type: 'number' },
  String: { type: 'string' },
  Boolean: { type: 'boolean' },
  ID: { type: 'string' },
  Date: { type: 'string', format: 'date' },
  DateTime: { type: 'string', format: 'date-time' },
  EmailAddress: { type: 'string', format: 'email' },
  JSON: {},
};

function namedSchema(type: GraphQLNamedType): Json {
  if (isEnumType(type)) {
    const values = type.getValues();
    const described = values.map((v) => `${v.name}: ${v.description ?? ''}`.trim()).join('; ');
    return { type: 'string', enum: values.map((v) => v.name), description: `${type.description ?? ''} ${described}`.trim() };
  }
  if (isScalarType(type)) return { ...(SCALARS[type.name] ?? { type: 'string' }) };
  throw new Error(`no schema for ${type.name}`);
}

function withDescription(schemaObject: Json, description: string | null | undefined): Json {
  if (!description) return schemaObject;
  const own = typeof schemaObject.description === 'string' ? ` (${schemaObject.description})` : '';
  return { ...schemaObject, description: `${description}${own}` };
}

function inputSchema(type: GraphQLInputType): Json {
  const nonNull = isNonNullType(type);
  const inner = nonNull ? type.ofType : type;
  const base: Json = isListType(inner) ? { type: 'array', items: inputSchema(inner.ofType) } : namedSchema(inner as GraphQLNamedType);
  return nonNull ? base : { ...base, nullable: true };
}

/** The fields selected on `type`: its own and those of fragments that apply to it. */
function fieldsOn(type: GraphQLObjectType, selectionSet: SelectionSetNode): Map<string, { selectionSet?: SelectionSetNode }> {
  const fields = new Map<string, { selectionSet?: SelectionSetNode }>();
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.set(selection.alias?.value ?? selection.name.value, { selectionSet: selection.selectionSet });
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
      if (on === type || (on && !isObjectType(on) && schema.isSubType(on as never, type))) for (const [k, v] of fieldsOn(type, selection.selectionSet)) fields.set(k, v);
    }
  }
  return fields;
}

function objectSchema(type: GraphQLObjectType, selectionSet: SelectionSetNode): Json {
  const properties: Json = {};
  const required: string[] = [];
  const defined = type.getFields();
  for (const [name, { selectionSet: inner }] of fieldsOn(type, selectionSet)) {
    if (name === '__typename') {
      properties[name] = { type: 'string', enum: [type.name], description: 'The kind of answer.' };
      required.push(name);
      continue;
    }
    const field = defined[name]!;
    properties[name] = withDescription(outputSchema(field.type, inner), field.description);
    if (isNonNullType(field.type)) required.push(name);
  }
  return { type: 'object', description: type.description ?? undefined, properties, ...(required.length ? { required } : {}) };
}

function outputSchema(type: GraphQLOutputType, selectionSet: SelectionSetNode | undefined): Json {
  const nonNull = isNonNullType(type);
  const inner = nonNull ? type.ofType : type;
  let base: Json;
  if (isListType(inner)) base = { type: 'array', items: outputSchema(inner.ofType, selectionSet) };
  else if (isObjectType(inner)) base = objectSchema(inner, selectionSet!);
  else if (isEnumType(inner) || isScalarType(inner)) base = namedSchema(inner);
  else {
    // A union or interface: one object per type a fragment selects, told apart by __typename.
    const possible = schema.getPossibleTypes(inner);
    const selected = possible.filter((t) => selectionSet!.selections.some((s) => s.kind === Kind.INLINE_FRAGMENT && s.typeCondition?.name.value === t.name));
    base = { description: inner.description ?? undefined, oneOf: selected.map((t) => objectSchema(t, selectionSet!)) };
  }
  return nonNull ? base : { ...base, nullable: true };
}

/** Each variable's description: that of the argument it is given to. */
function variableDescriptions(route: PreparedRoute): Map<string, string> {
  const descriptions = new Map<string, string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    route.parsed,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (node.value.kind === Kind.VARIABLE && argument?.description) descriptions.set(node.value.name.value, argument.description);
      },
    }),
  );
  return descriptions;
}

const ERROR_RESPONSES: Record<string, string> = {
  '400': 'A parameter is missing or wrong; the message names it (extensions.argument) and says what to change.',
  '401': 'No token, or a token unknown or revoked: send "Authorization: Bearer <token>".',
  '403': 'The token is a reader token; this route needs an admin token.',
  '404': 'Nothing has that alias or id.',
  '409': 'The request clashes with what is stored (e.g. the run has already finished).',
  '502': 'MISP refused or failed; the code (MISP_...) and message say why, for its admin.',
  '503': 'The service cannot do this now (no MISP configured, database unavailable); the message says what to set.',
};

function operationOf(route: PreparedRoute, csvOnly: boolean): Json {
  const rootField = route.operation.selectionSet.selections[0]!;
  if (rootField.kind !== Kind.FIELD) throw new Error(`${route.path}: the root selection must be a field`);
  const root = route.operation.operation === OperationTypeNode.MUTATION ? schema.getMutationType()! : schema.getQueryType()!;
  const field = root.getFields()[rootField.name.value]!;
  const descriptions = variableDescriptions(route);
  const pathNames = route.segments.filter((s) => s.startsWith('{')).map((s) => s.slice(1, -1));
  const parameters: Json[] = [];
  const bodyProperties: Json = {};
  const bodyRequired: string[] = [];
  for (const definition of route.operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType;
    const required = isNonNullType(type) && !definition.defaultValue;
    let paramSchema = inputSchema(type);
    const fallback = definition.defaultValue;
    if (fallback && 'value' in fallback) paramSchema = { ...paramSchema, default: fallback.kind === Kind.INT ? Number(fallback.value) : fallback.value };
    const description = descriptions.get(name);
    if (pathNames.includes(name)) parameters.push({ name, in: 'path', required: true, description, schema: { ...paramSchema, nullable: undefined } });
    else if (route.method === 'GET')
      parameters.push({ name, in: 'query', required, description, schema: paramSchema, ...(isListType(isNonNullType(type) ? type.ofType : type) ? { style: 'form', explode: true } : {}) });
    else {
      bodyProperties[name] = withDescription(paramSchema, description);
      if (required) bodyRequired.push(name);
    }
  }
  // The answer: the route's part of the document's selection.
  let answerType: GraphQLOutputType = field.type;
  let answerSelection = rootField.selectionSet;
  for (const key of route.pick.slice(1)) {
    const parent = getNamedType(answerType) as GraphQLObjectType;
    const node = answerSelection!.selections.find((s) => s.kind === Kind.FIELD && s.name.value === key);
    answerType = parent.getFields()[key]!.type;
    answerSelection = node?.kind === Kind.FIELD ? node.selectionSet : undefined;
  }
  const answer = outputSchema(isNonNullType(answerType) ? answerType.ofType : answerType, answerSelection);
  const json = { 'application/json': { schema: answer } };
  const csv = { 'text/csv': { schema: { type: 'string', description: `CSV (RFC 4180) with a header row; columns: ${route.csv?.columns.map((c) => c.name).join(', ')}.` } } };
  const description = [
    field.description ?? '',
    route.csv && !csvOnly ? `Also as CSV: send "Accept: text/csv" or ask for ${API_BASE}${route.path}.csv.` : '',
    route.csv?.reading === 'pages' ? 'As CSV, every matching row is exported (page parameters: "after" to start after a cursor, "first" to cap the rows).' : '',
    `Runs this GraphQL document on POST /graphql's schema:\n\n\`\`\`graphql\n${route.document}\n\`\`\``,
  ]
    .filter(Boolean)
    .join('\n\n');
  const errors = route.operation.operation === OperationTypeNode.MUTATION ? ['400', '401', '403', '404', '409', '502', '503'] : ['400', '401', ...(route.notFound ? ['404'] : []), '503'];
  return {
    operationId: `${route.operationName[0]!.toLowerCase()}${route.operationName.slice(1)}${csvOnly ? 'Csv' : ''}`,
    summary: (field.description ?? route.operationName).split(/(?<=\.)\s/)[0],
    description,
    tags: [route.tag],
    parameters,
    ...(route.method === 'POST' && Object.keys(bodyProperties).length > 0
      ? {
          requestBody: {
            required: bodyRequired.length > 0,
            content: { 'application/json': { schema: { type: 'object', properties: bodyProperties, ...(bodyRequired.length ? { required: bodyRequired } : {}), additionalProperties: false } } },
          },
        }
      : {}),
    responses: {
      '200': { description: route.operation.operation === OperationTypeNode.MUTATION ? 'Done.' : 'The answer.', content: csvOnly ? csv : route.csv ? { ...json, ...csv } : json },
      ...Object.fromEntries(errors.map((status) => [status, { $ref: `#/components/responses/Error${status}` }])),
    },
  };
}

let cached: Json | null = null;

/** The document served at /api/openapi.json. */
export function openApiDocument(): Json {
  if (cached) return cached;
  const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  const paths: Record<string, Json> = {};
  for (const route of PREPARED_ROUTES) {
    const path = `${API_BASE}${route.path}`;
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operationOf(route, false) };
    if (route.csv) paths[`${path}.csv`] = { get: operationOf(route, true) };
  }
  const errorSchema = {
    type: 'object',
    required: ['errors'],
    properties: {
      errors: {
        type: 'array',
        items: {
          type: 'object',
          required: ['message'],
          properties: {
            message: { type: 'string', description: 'What happened and what to do.' },
            path: { type: 'array', items: { type: 'string' }, description: 'Where in the GraphQL answer it happened.' },
            extensions: {
              type: 'object',
              properties: {
                code: { type: 'string', description: 'UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, NOT_FOUND, CONFLICT, SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE, MISP_...' },
                argument: { type: 'string', description: 'The parameter to fix.' },
              },
            },
          },
        },
      },
    },
  };
  const mutationError = {
    type: 'object',
    required: ['__typename', 'message'],
    properties: {
      __typename: { type: 'string', enum: ['InvalidInputError', 'NotFoundError', 'ConflictError'] },
      message: { type: 'string', description: 'What happened and what to do.' },
      field: { type: 'string', description: 'The parameter to fix (InvalidInputError).' },
    },
  };
  cached = {
    openapi: '3.0.3',
    info: {
      title: 'misp-topcontrib REST API',
      version,
      description:
        "Quality IoCs per connected MISP community, for BI tools and scripts. Every route runs a GraphQL document on the same schema, resolvers and token check as POST /graphql: the answer is that field's value, errors are GraphQL's with the HTTP status their code calls for. Mutations that fail return their typed error (400 InvalidInputError, 404 NotFoundError, 409 ConflictError) and write nothing. Paths and CSV columns are a stable interface.",
    },
    tags: [
      { name: 'Counts', description: 'The leaderboard and the per-community time series.' },
      { name: 'Communities', description: 'Communities and their sync users.' },
      { name: 'Curation', description: 'The curation audit log, undoing an action, and why an indicator is curated.' },
      { name: 'Runs', description: 'Pipeline runs: queue, follow, cancel.' },
      { name: 'Warninglists', description: 'The warninglists known to the service.' },
    ],
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token: `misp-topcontrib token create --role reader` (admin for POST routes).' } },
      schemas: { Errors: errorSchema, MutationError: mutationError },
      responses: Object.fromEntries(
        Object.entries(ERROR_RESPONSES).map(([status, description]) => [
          `Error${status}`,
          {
            description,
            content: {
              'application/json': {
                schema: ['400', '404', '409'].includes(status)
                  ? { oneOf: [{ $ref: '#/components/schemas/Errors' }, { $ref: '#/components/schemas/MutationError' }] }
                  : { $ref: '#/components/schemas/Errors' },
              },
            },
          },
        ]),
      ),
    },
  };
  return cached;
}
