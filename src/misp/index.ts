export { MispClient, DEFAULT_RETRY, type MispClientOptions, type MispLogger } from './client.js';
export {
  MispError,
  MispAuthenticationError,
  MispPermissionError,
  MispNotFoundError,
  MispRateLimitError,
  MispUnreachableError,
  MispSaveError,
  MispServerError,
  MispUnexpectedResponseError,
  type MispErrorDetails,
} from './errors.js';
export type { RetryPolicy } from '../net/retry.js';
export type * from './types.js';
export { FALSE_POSITIVE_SIGHTING, type AddSightingInput } from './sightings.js';
