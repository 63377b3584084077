// An operation this process cannot serve (a server started without the pipeline). A service
// that lacks configuration says so itself (NotConfiguredError, same code).
import { GraphQLError } from 'graphql';

export function serviceUnavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'SERVICE_UNAVAILABLE' } });
}
