// Runs operations in-process through yoga.fetch against the real schema and database.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createToken } from '../../src/auth/tokens.js';
import type { Config } from '../../src/config/settings.js';
import type { Db } from '../../src/db/client.js';
import type { ApiServices } from '../../src/graphql/context.js';
import { createGraphQLHandler, type Yoga } from '../../src/graphql/yoga.js';
import { silentLogger } from '../../src/log/logger.js';

export interface GraphQLHarness {
  yoga: Yoga;
  adminToken: string;
  readerToken: string;
  run<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables> | string, variables?: TVariables, token?: string | null): Promise<ExecutionResult<TResult> & { status: number }>;
}

export async function graphqlHarness(prisma: Db, config: Config, services?: ApiServices): Promise<GraphQLHarness> {
  const yoga = createGraphQLHandler({ prisma, config, logger: silentLogger, ...(services ? { services } : {}) });
  const adminToken = (await createToken(prisma, 'test-admin', 'ADMIN')).token;
  const readerToken = (await createToken(prisma, 'test-reader', 'READER')).token;
  return {
    yoga,
    adminToken,
    readerToken,
    async run(document, variables, token = adminToken) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const query = typeof document === 'string' ? document : print(document);
      const response = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      return { ...((await response.json()) as ExecutionResult<never>), status: response.status };
    },
  };
}
