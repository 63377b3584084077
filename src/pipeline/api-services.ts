// The pipeline's implementation of what it offers the APIs (api.ts: ApiServices).
import { NotFoundError } from '../errors.js';
import type { ApiServices, IndicatorCheckResult } from './api.js';
import { decidedCount, DECISION_NAME } from './decision.js';
import type { PipelineDeps } from './deps.js';
import { requireMisp } from './deps.js';
import { enqueueRun, requestCancel } from './queue.js';
import { restoreCuratedAttribute } from './restore.js';

export function createApiServices(deps: PipelineDeps, onQueued: () => void): ApiServices {
  return {
    async enqueueRun(input) {
      const run = await enqueueRun(deps.prisma, input, deps.config);
      onQueued();
      return run;
    },
    cancelRun: (runId) => requestCancel(deps.prisma, runId),
    restoreCuratedAttribute: (id) => restoreCuratedAttribute(deps.prisma, requireMisp(deps), id),
    async refreshWarninglists() {
      const loaded = await deps.warninglists.load();
      return { lists: loaded.total, selected: loaded.selected };
    },
    async checkIndicator(type, value): Promise<IndicatorCheckResult> {
      if (type.trim() === '') throw new NotFoundError('Give the MISP attribute type, e.g. ip-dst or domain.');
      const { engine } = await deps.warninglists.current();
      const warninglistHits = engine.match(type, value);
      const explanation = await deps.reputation.explain(type, value);
      const reputation = explanation.hasLookupKind
        ? {
            outcome: explanation.outcome,
            evidence: explanation.evidence
              .filter((e) => e.checkedAt && e.expiresAt)
              .map((e) => ({ provider: e.provider ?? 'none', kind: e.kind, value: e.value, zone: e.zone, checkedAt: e.checkedAt!, expiresAt: e.expiresAt!, source: e.source })),
          }
        : null;
      const decision = DECISION_NAME[decidedCount(warninglistHits.length > 0, reputation?.outcome ?? null)];
      return { type, value, warninglistHits, reputation, decision };
    },
  };
}
