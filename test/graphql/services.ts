// The API's services for tests: the real run queue of the pipeline; restore, refresh and
// indicator checks answer SERVICE_UNAVAILABLE here (their tests live with the pipeline).
import type { Db } from '../../src/db/client.js';
import type { ApiServices } from '../../src/graphql/context.js';
import { NO_SERVICES } from '../../src/graphql/yoga.js';
import { enqueueRun, requestCancel, type RunRules } from '../../src/pipeline/queue.js';

export function queueServices(prisma: Db, rules: RunRules = { timeZone: 'UTC', dryRun: false }): ApiServices {
  return { ...NO_SERVICES, enqueueRun: (input) => enqueueRun(prisma, input, rules), cancelRun: (id) => requestCancel(prisma, id) };
}
