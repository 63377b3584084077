// REST under /api: a route's parameters become its GraphQL document's variables, and the document
// runs through Yoga's own pipeline (the token check of its context, masked errors, the read
// cache) on the same schema and resolvers as POST /graphql. The answer is the root field's value;
// errors are GraphQL's, with the HTTP status their code calls for. CSV (Accept: text/csv, or
// .csv after the path) streams the same rows.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { getNamedType, GraphQLError, isListType, isNonNullType, type ExecutionResult, type GraphQLInputType, type GraphQLSchema, type GraphQLType, typeFromAST, valueFromAST } from 'graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { readRange } from '../graphql/range.js';
import { schema } from '../graphql/schema.js';
import { responseCacheOf, type Yoga } from '../graphql/yoga.js';
import type { Db } from '../db/client.js';
import { bucketsOf, addDays, type Granularity } from '../stats/days.js';
import { readBoundedBody } from '../net/read-body.js';
import { API_BASE } from './api-routes.js';
import { streamCsv } from './csv.js';
import { RestAnswers } from './rest-answers.js';
import { PREPARED_ROUTES, type PreparedRoute } from './rest-routes.js';

/** Largest JSON body a POST route reads. */
const MAX_BODY_BYTES = 64 * 1024;
/** Buckets of contributions read per execution of a CSV export (a month of days for 200 communities is 6,200 rows). */
const SLICE_BUCKETS: Record<Granularity, number> = { DAY: 31, WEEK: 8, MONTH: 2 };
/** Rows per page read by a CSV export of a connection (its most). */
const CSV_PAGE = 200;

/** Statuses of the error codes the API gives (extensions.code); a code's own http.status wins. */
const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  // An answer larger than GRAPHQL_MAX_ROWS: the client narrows it (or asks for CSV, which streams).
  QUERY_TOO_LARGE: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
  DATABASE_UNAVAILABLE: 503,
};
/** Statuses of the typed errors mutations return. */
const STATUS_BY_TYPENAME: Record<string, number> = { InvalidInputError: 400, NotFoundError: 404, ConflictError: 409 };

function statusOfCode(code: unknown): number {
  if (typeof code !== 'string') return 500;
  // MISP refused or failed: a bad gateway, whatever MISP's own reason.
  if (code.startsWith('MISP_')) return 502;
  return STATUS_BY_CODE[code] ?? 500;
}

interface ErrorBody {
  message: string;
  extensions?: Record<string, unknown>;
}

function sendJson(res: ServerResponse, status: number, body: Buffer | string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

export function sendErrors(res: ServerResponse, status: number, errors: ErrorBody[], headers: Record<string, string> = {}) {
  sendJson(res, status, JSON.stringify({ errors }), headers);
}

const badRequest = (message: string, argument?: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });

/** An error as GraphQL serialises it, without Yoga's transport hints; variables are called parameters here. */
function errorBody(error: GraphQLError | ErrorBody): ErrorBody {
  const json = error instanceof GraphQLError ? (error.toJSON() as ErrorBody & { locations?: unknown }) : { ...error };
  delete json.locations;
  json.message = json.message.replace(/Variable "\$(\w+)"/g, 'Parameter "$1"');
  if (json.extensions) {
    const { http: _http, ...extensions } = json.extensions;
    json.extensions = extensions;
    if (Object.keys(extensions).length === 0) delete json.extensions;
  }
  // graphql-js reports a parameter of the wrong type without a code: it is the caller's to fix.
  if (!json.extensions?.code && /^Parameter "/.test(json.message)) json.extensions = { ...json.extensions, code: 'BAD_USER_INPUT' };
  return json;
}

/** The status for a set of errors: the highest one asked for. */
function statusOf(errors: readonly GraphQLError[]): number {
  let status = 0;
  for (const error of errors) {
    const http = error.extensions?.http?.status;
    const body = errorBody(error);
    status = Math.max(status, http ?? statusOfCode(body.extensions?.code));
  }
  return status || 500;
}

interface Match {
  route: PreparedRoute;
  params: Record<string, string>;
}

function matchRoute(method: string, segments: string[]): { match?: Match; allowed: string[] } {
  const allowed: string[] = [];
  for (const route of PREPARED_ROUTES) {
    if (route.segments.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const fits = route.segments.every((s, i) => {
      if (s.startsWith('{')) {
        params[s.slice(1, -1)] = segments[i]!;
        return segments[i] !== '';
      }
      return s === segments[i];
    });
    if (!fits) continue;
    if (route.method === method) return { match: { route, params }, allowed };
    allowed.push(route.method);
  }
  return { allowed };
}

/** Whether the client wants CSV: by Accept, JSON winning ties; null when it takes neither. */
export function negotiate(accept: string | undefined): 'json' | 'csv' | null {
  if (!accept || accept.trim() === '') return 'json';
  let json = 0;
  let csv = 0;
  for (const part of accept.split(',')) {
    const [type = '', ...parameters] = part.trim().toLowerCase().split(';');
    const q = Number(parameters.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean) ?? 1);
    const media = type.trim();
    if (media === 'application/json' || media === 'application/*') json = Math.max(json, q);
    if (media === 'text/csv' || media === 'text/*') csv = Math.max(csv, q);
    if (media === '*/*') {
      json = Math.max(json, q);
      csv = Math.max(csv, q * 0.5);
    }
  }
  if (json === 0 && csv === 0) return null;
  return csv > json ? 'csv' : 'json';
}

function inputType(route: PreparedRoute, name: string): GraphQLInputType {
  const definition = route.operation.variableDefinitions!.find((v) => v.variable.name.value === name)!;
  return typeFromAST(schema, definition.type as never) as GraphQLInputType;
}

/** A query-string value as the variable's type wants it; what cannot be read is left to GraphQL to refuse. */
function fromQueryString(type: GraphQLType, values: string[]): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return values.map((v) => fromQueryString(inner.ofType, [v]));
  const value = values[values.length - 1]!;
  switch (getNamedType(inner).name) {
    case 'Int':
      return /^-?\d+$/.test(value) ? Number(value) : value;
    case 'Float':
      return value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
    case 'Boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    default:
      return value;
  }
}

/** The route's variables from its path, query string and JSON body; unknown parameters are refused. */
async function variablesOf(req: IncomingMessage, url: URL, match: Match): Promise<Record<string, unknown>> {
  const { route, params } = match;
  const names = new Set(route.operation.variableDefinitions!.map((v) => v.variable.name.value));
  const variables: Record<string, unknown> = {};
  const unknown = (key: string) => badRequest(`Unknown parameter "${key}". ${route.method} /api${route.path} takes: ${[...names].join(', ') || 'no parameters'}.`, key);
  for (const key of new Set(url.searchParams.keys())) {
    if (!names.has(key)) throw unknown(key);
    variables[key] = fromQueryString(inputType(route, key), url.searchParams.getAll(key));
  }
  if (route.method === 'POST') {
    const body = await readBoundedBody(req, MAX_BODY_BYTES);
    if (body === null) throw new GraphQLError(`The request body is larger than ${MAX_BODY_BYTES} bytes.`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 413 } } });
    if (body.length > 0) {
      let json: unknown;
      try {
        json = JSON.parse(body.toString('utf8'));
      } catch {
        throw badRequest('The request body is not JSON. Send a JSON object of the parameters (Content-Type: application/json), or none.');
      }
      if (typeof json !== 'object' || json === null || Array.isArray(json)) throw badRequest('The request body must be a JSON object of the parameters.');
      for (const [key, value] of Object.entries(json)) {
        if (!names.has(key)) throw unknown(key);
        variables[key] = value;
      }
    }
  }
  for (const [key, value] of Object.entries(params)) variables[key] = fromQueryString(inputType(route, key), [decodeSegment(value, key)]);
  return variables;
}

/** A path segment decoded; a malformed escape is the caller's to fix. */
function decodeSegment(value: string, name: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw badRequest(`The path segment for "${name}" is not valid URL encoding.`, name);
  }
}

/** What Yoga's context function reads of the request (its headers); also the read cache's key. */
function requestView(req: IncomingMessage): Request {
  return { headers: { get: (name: string) => (req.headers[name.toLowerCase()] as string | undefined) ?? null } } as unknown as Request;
}

export interface RestApi {
  /** Answers a request whose path starts with /api/. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

export function createRestApi(yoga: Yoga, prisma: Db): RestApi {
  const answers = new RestAnswers(prisma);

  async function contextFor(req: IncomingMessage) {
    const request = requestView(req);
    const enveloped = yoga.getEnveloped({ request, req } as never);
    try {
      return { request, enveloped, context: (await enveloped.contextFactory()) as unknown as GraphQLContext, error: null };
    } catch (error) {
      const known = error instanceof GraphQLError ? error : new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      return { request, enveloped, context: null, error: known };
    }
  }

  async function run(enveloped: ReturnType<Yoga['getEnveloped']>, context: GraphQLContext, route: PreparedRoute, variableValues: Record<string, unknown>) {
    return (await enveloped.execute({
      schema: enveloped.schema as GraphQLSchema,
      document: route.parsed,
      contextValue: context,
      variableValues,
      operationName: route.operationName,
    })) as ExecutionResult;
  }

  /**
   * CSV exports run their document compiled by graphql-jit: the same document on the same schema
   * and context, hence the same resolvers and scope checks, because a year of rows is millions of
   * fields and the generic executor spends most of an export's time on them.
   */
  const compiled = new Map<PreparedRoute, CompiledQuery>();
  async function runCompiled(route: PreparedRoute, context: GraphQLContext, variables: Record<string, unknown>): Promise<ExecutionResult> {
    let query = compiled.get(route);
    if (!query) {
      const made = compileQuery(schema, route.parsed, route.operationName);
      if (!isCompiledQuery(made)) throw new Error(`${route.path}: ${made.errors?.[0]?.message}`);
      compiled.set(route, (query = made));
    }
    // graphql-jit leaves a variable's default unapplied: give it, as graphql-js would.
    const withDefaults = { ...variables };
    for (const definition of route.operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      if (withDefaults[name] === undefined && definition.defaultValue) withDefaults[name] = valueFromAST(definition.defaultValue, inputType(route, name));
    }
    return query.query(undefined, context, withDefaults);
  }

  /** A later part of an export: any error cuts the stream (see streamCsv). */
  async function runMore(route: PreparedRoute, context: GraphQLContext, variables: Record<string, unknown>): Promise<unknown> {
    const result = await runCompiled(route, context, variables);
    if (result.errors?.length) throw new Error(result.errors[0]!.message);
    return picked(route, result);
  }

  /**
   * The first part of an export, before anything is sent: when it fails (a bad parameter, a
   * token that may not read), it runs again through Yoga, whose errors (masked, with their codes)
   * are answered with their status, exactly as for JSON.
   */
  async function runFirst(
    route: PreparedRoute,
    match: Match,
    enveloped: ReturnType<Yoga['getEnveloped']>,
    context: GraphQLContext,
    variables: Record<string, unknown>,
  ): Promise<{ value: unknown } | { failed: [number, ErrorBody[]] }> {
    let result = await runCompiled(route, context, variables);
    if (result.errors?.length) result = await run(enveloped, context, route, variables);
    const value = picked(route, result);
    const failed = problem(route, match.params, result, value);
    return failed ? { failed } : { value };
  }

  function picked(route: PreparedRoute, result: ExecutionResult): unknown {
    return route.pick.reduce<unknown>((v, key) => (v === null || v === undefined ? v : (v as Record<string, unknown>)[key]), result.data);
  }

  /** The answer's problem as [status, errors], or null when it is an answer. */
  function problem(route: PreparedRoute, params: Record<string, string>, result: ExecutionResult, value: unknown): [number, ErrorBody[]] | null {
    if (result.errors?.length) return [statusOf(result.errors), result.errors.map(errorBody)];
    if (value === null || value === undefined) {
      const message = (route.notFound ?? 'Nothing found.').replace(/\{(\w+)\}/g, (_m, name: string) => decodeSegment(params[name] ?? '', name));
      return [404, [{ message, extensions: { code: 'NOT_FOUND' } }]];
    }
    return null;
  }

  async function answerCsv(res: ServerResponse, route: PreparedRoute, match: Match, enveloped: ReturnType<Yoga['getEnveloped']>, context: GraphQLContext, variables: Record<string, unknown>) {
    const csv = route.csv!;
    let next: () => Promise<Record<string, unknown>[] | null> = async () => null;
    let firstVariables = variables;
    if (csv.reading === 'range-slices') {
      const slices = rangeSlices(context, variables);
      if (slices) {
        firstVariables = { ...variables, ...slices[0] };
        let i = 1;
        next = async () => {
          if (i >= slices.length) return null;
          return csv.rows(await runMore(route, context, { ...variables, ...slices[i++] }));
        };
      }
    }
    if (csv.reading === 'pages') {
      // Every matching row; "first", if given, caps the export.
      let left = typeof variables.first === 'number' ? variables.first : Infinity;
      firstVariables = { ...variables, first: Math.min(left, CSV_PAGE) };
      let page: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } | null = null;
      const rowsOfPage = (value: unknown) => {
        page = value as typeof page;
        const rows = csv.rows(value);
        left -= rows.length;
        return rows;
      };
      const first = await runFirst(route, match, enveloped, context, firstVariables);
      if ('failed' in first) return sendErrors(res, first.failed[0], first.failed[1]);
      const firstRows = rowsOfPage(first.value);
      next = async () => {
        if (!page?.pageInfo.hasNextPage || left <= 0) return null;
        return rowsOfPage(await runMore(route, context, { ...variables, first: Math.min(left, CSV_PAGE), after: page.pageInfo.endCursor }));
      };
      return streamCsv(res, csv.name, csv.columns, firstRows, next);
    }
    const first = await runFirst(route, match, enveloped, context, firstVariables);
    if ('failed' in first) return sendErrors(res, first.failed[0], first.failed[1]);
    return streamCsv(res, csv.name, csv.columns, csv.rows(first.value), next);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A repeated read: the same answer, until the next commit.
    const answerKey = req.method === 'GET' && !(req.url ?? '').includes('.csv') && negotiate(req.headers.accept) === 'json' ? RestAnswers.keyOf(req) : null;
    const kept = answerKey ? await answers.get(answerKey) : null;
    if (kept) return sendJson(res, kept.status, kept.body);
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = url.pathname.slice(API_BASE.length);
    const csvPath = path.endsWith('.csv');
    if (csvPath) path = path.slice(0, -'.csv'.length);
    const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
    const { match, allowed } = matchRoute(method, path.split('/').slice(1));
    if (!match) {
      if (allowed.length > 0) return sendErrors(res, 405, [{ message: `${req.method} is not allowed here; use ${allowed.join(' or ')}.` }], { allow: allowed.join(', ') });
      return sendErrors(res, 404, [{ message: `No API route ${url.pathname}. The routes are listed at /api/openapi.json (and shown at /docs).`, extensions: { code: 'NOT_FOUND' } }]);
    }
    const { route } = match;
    const format = csvPath ? 'csv' : negotiate(req.headers.accept);
    if (format === null || (format === 'csv' && !route.csv)) {
      const offered = route.csv ? 'application/json or text/csv' : 'application/json';
      if (csvPath) return sendErrors(res, 404, [{ message: `${route.path} has no CSV form; CSV is offered for the leaderboard, contributions and curation logs.`, extensions: { code: 'NOT_FOUND' } }]);
      return sendErrors(res, 406, [{ message: `This route answers ${offered}; the Accept header asks for neither.` }]);
    }
    let variables: Record<string, unknown>;
    try {
      variables = await variablesOf(req, url, match);
    } catch (error) {
      const known = error as GraphQLError;
      return sendErrors(res, statusOf([known]), [errorBody(known)]);
    }
    const { request, enveloped, context, error } = await contextFor(req);
    if (!context) return sendErrors(res, statusOf([error]), [errorBody(error)]);
    if (format === 'csv') return answerCsv(res, route, match, enveloped, context, variables);

    const result = await run(enveloped, context, route, variables);
    const value = picked(route, result);
    const failed = problem(route, match.params, result, value);
    if (failed) return sendErrors(res, failed[0], failed[1]);
    const typename = (value as { __typename?: string }).__typename;
    const status = (typename && STATUS_BY_TYPENAME[typename]) || 200;
    const body = Buffer.from(JSON.stringify(value));
    // Kept only when the result came from (or went into) the read cache: a read of the database alone, for a token allowed to read.
    const stamped = responseCacheOf(yoga)?.results.get(request);
    if (answerKey && stamped) answers.set(answerKey, stamped, status, body);
    return sendJson(res, status, body);
  }

  return { handle };
}

/**
 * The contributions range cut into slices of whole buckets, each read by its own execution, when
 * the whole range is valid (checked as the resolver checks it); null otherwise, and then the
 * export runs once and answers the resolver's own error.
 */
function rangeSlices(context: GraphQLContext, variables: Record<string, unknown>): { from: string; to: string }[] | null {
  const { from, to } = variables;
  const granularity = (variables.granularity ?? 'DAY') as Granularity;
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (typeof from !== 'string' || typeof to !== 'string' || !day.test(from) || !day.test(to) || !(granularity in SLICE_BUCKETS)) return null;
  try {
    readRange(context, new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
  } catch {
    return null;
  }
  const buckets = bucketsOf(from, to, granularity);
  const slices: { from: string; to: string }[] = [];
  const size = SLICE_BUCKETS[granularity];
  for (let i = 0; i < buckets.length; i += size) {
    const sliceFrom = i === 0 ? from : buckets[i]!.start;
    const following = buckets[i + size];
    slices.push({ from: sliceFrom, to: following ? addDays(following.start, -1) : to });
  }
  return slices;
}
