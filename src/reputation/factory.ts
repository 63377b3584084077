import type { Db } from '../db/client.js';
import type { Clock } from './clock.js';
import { ReputationService } from './lookup-service.js';
import { OpenTipProvider, type OpenTipOptionsInput } from './opentip.js';
import type { ReputationOptionsInput } from './options.js';

export interface CreateReputationServiceInput {
  db: Db;
  /** OpenTIP settings; absent, or without a key, means no provider: attributes are unknown. */
  opentip?: Partial<OpenTipOptionsInput> | null;
  options?: ReputationOptionsInput;
  clock?: Clock;
}

/** The service as the application runs it: OpenTIP when a key is configured, no provider otherwise. */
export function createReputationService({ db, opentip, options, clock }: CreateReputationServiceInput): ReputationService {
  const apiKey = opentip?.apiKey?.trim();
  const provider = apiKey ? new OpenTipProvider({ ...opentip, apiKey }, clock) : null;
  return new ReputationService({ db, provider, ...(options && { options }), ...(clock && { clock }) });
}
