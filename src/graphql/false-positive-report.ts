// Per-community feedback: each false positive of a community over a range, with what decided it
// and what curation did in MISP, for an operator to send that community. Read from the curation
// log alone (two statements whatever the range).
import type { CurationLog, Organization } from '../generated/prisma/client.js';
import type { CurationAction } from '../generated/prisma/enums.js';
import { builder } from './builder.js';
import { CurationActionEnum, CurationReasonEnum, CurationStatusEnum } from './curation.js';
import { OrganizationType } from './organizations.js';
import { badInput, readBounded, readRange } from './range.js';

const LIMIT = { default: 10_000, max: 100_000 } as const;

interface ActionTaken {
  row: CurationLog;
}

interface FalsePositiveShape {
  organization: Organization;
  /** The newest row of each action on this attribute that day (a day run again logs again). */
  rows: CurationLog[];
}

const latest = (fp: FalsePositiveShape) => fp.rows.reduce((a, b) => (b.id > a.id ? b : a));
const done = (fp: FalsePositiveShape, action: CurationAction) => fp.rows.some((r) => r.action === action && r.status === 'DONE');

function parseEvidence(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

interface WarninglistHit {
  name?: string;
  entry?: string;
}
interface ReputationHalf {
  provider?: string;
  kind?: string;
  value?: string;
  zone?: string;
}

/** The evidence in one sentence a community's analyst can read. */
export function explainEvidence(reason: string, evidence: string): string {
  const parsed = parseEvidence(evidence) as { warninglists?: WarninglistHit[]; reputation?: ReputationHalf[] } | string;
  if (typeof parsed === 'object' && parsed !== null) {
    if (reason === 'WARNINGLIST' && Array.isArray(parsed.warninglists) && parsed.warninglists.length > 0) {
      const hits = parsed.warninglists.map((h) => `"${h.name ?? '?'}" (entry ${JSON.stringify(h.entry ?? '')})`);
      return `Listed by the MISP warninglist${hits.length > 1 ? 's' : ''} ${hits.join(', ')}.`;
    }
    if (reason === 'REPUTATION' && Array.isArray(parsed.reputation) && parsed.reputation.length > 0) {
      const halves = parsed.reputation.map((r) => `${r.provider ?? 'reputation'} ${r.kind ? `${r.kind} ` : ''}${JSON.stringify(r.value ?? '')}: ${r.zone ?? '?'}`);
      return `Judged benign by reputation lookup (${halves.join('; ')}).`;
    }
  }
  return reason === 'WARNINGLIST' ? 'Listed by a MISP warninglist.' : 'Judged benign by reputation lookup.';
}

const ActionTakenType = builder.objectRef<ActionTaken>('FalsePositiveAction').implement({
  description: 'One curation action on a false positive: the newest log row of that action.',
  fields: (t) => ({
    curationLogId: t.id({ description: 'The curation log row (give it to restoreCuratedAttribute to undo the action).', resolve: (a) => a.row.id }),
    action: t.field({ type: CurationActionEnum, description: 'What was (or would be) done in MISP.', resolve: (a) => a.row.action }),
    status: t.field({ type: CurationStatusEnum, description: 'Where the action is.', resolve: (a) => a.row.status }),
    actedAt: t.field({ type: 'DateTime', nullable: true, description: 'When MISP was changed.', resolve: (a) => a.row.actedAt }),
    mispSightingId: t.string({ nullable: true, description: 'The false-positive sighting MISP holds for it (SIGHTING only).', resolve: (a) => a.row.mispSightingId }),
    error: t.string({ nullable: true, description: 'Why it failed, or a note on how it was done.', resolve: (a) => a.row.error }),
  }),
});

const FalsePositiveType = builder.objectRef<FalsePositiveShape>('FalsePositive').implement({
  description: "One false positive of a community's day, with its evidence and what curation did about it in MISP.",
  fields: (t) => ({
    day: t.field({ type: 'Date', description: 'The day whose count it belonged to.', resolve: (fp) => latest(fp).day }),
    organization: t.field({ type: OrganizationType, description: 'The community that delivered it.', resolve: (fp) => fp.organization }),
    mispAttributeId: t.string({ description: 'MISP attribute id (on this instance).', resolve: (fp) => latest(fp).mispAttributeId }),
    mispAttributeUuid: t.string({ description: 'MISP attribute UUID: the same on every instance the event reached, so the community can find it.', resolve: (fp) => latest(fp).mispAttributeUuid }),
    mispEventId: t.string({ description: 'MISP event id (on this instance).', resolve: (fp) => latest(fp).mispEventId }),
    mispEventUuid: t.string({ nullable: true, description: 'MISP event UUID, when known.', resolve: (fp) => latest(fp).mispEventUuid }),
    attributeType: t.string({ description: 'MISP attribute type, e.g. ip-dst.', resolve: (fp) => latest(fp).attributeType }),
    value: t.string({ description: 'The attribute value.', resolve: (fp) => latest(fp).value }),
    reason: t.field({ type: CurationReasonEnum, description: 'Why it is a false positive.', resolve: (fp) => latest(fp).reason }),
    evidence: t.field({
      type: 'JSON',
      description: 'What decided it: the warninglist hits (list id, name, matched entry) or the reputation verdicts.',
      resolve: (fp) => parseEvidence(latest(fp).evidence),
    }),
    explanation: t.string({ description: 'The evidence in one sentence, for the community.', resolve: (fp) => explainEvidence(latest(fp).reason, latest(fp).evidence) }),
    removedFromMisp: t.boolean({ description: 'Soft-deleted from this MISP by curation, and not restored.', resolve: (fp) => done(fp, 'SOFT_DELETE') }),
    reportedToCommunity: t.boolean({
      description: 'A false-positive sighting was added in MISP (and not deleted since): MISP synchronises it to the instances the event came from.',
      resolve: (fp) => done(fp, 'SIGHTING'),
    }),
    actions: t.field({ type: [ActionTakenType], description: 'Each curation action taken (or reported), newest row per action.', resolve: (fp) => fp.rows.map((row) => ({ row })) }),
  }),
});

builder.queryFields((t) => ({
  falsePositiveReport: t.field({
    type: [FalsePositiveType],
    description:
      'Each false positive of one community over a range, oldest day first, with its evidence and what curation did in MISP: what to send that community so it stops sharing them. Read from the curation log, so days run with curation off do not appear. Fails rather than cut the list when it has more than `limit` false positives.',
    authScopes: { reader: true },
    args: {
      organization: t.arg.string({ required: true, description: 'The community (alias).' }),
      from: t.arg({ type: 'Date', required: true, description: 'First day, included.' }),
      to: t.arg({ type: 'Date', required: true, description: 'Last day, included.' }),
      limit: t.arg.int({ required: false, description: `Most false positives to return (default ${LIMIT.default}, at most ${LIMIT.max}).` }),
    },
    resolve: async (_root, args, ctx) => {
      const range = readRange(ctx, args.from, args.to);
      const limit = readBounded(args.limit, LIMIT.default, 1, LIMIT.max, 'limit');
      const alias = args.organization.trim();
      const organization = await ctx.prisma.organization.findUnique({ where: { alias } });
      if (!organization) throw badInput(`No community has the alias "${alias}": see the organizations query for the aliases.`, 'organization');
      const rows = await ctx.prisma.curationLog.findMany({
        where: { organizationId: organization.id, day: { gte: range.from, lte: range.to } },
        orderBy: [{ day: 'asc' }, { id: 'asc' }],
      });
      const byAttribute = new Map<string, Map<CurationAction, CurationLog>>();
      for (const row of rows) {
        const key = `${row.day} ${row.mispAttributeId}`;
        let actions = byAttribute.get(key);
        if (!actions) byAttribute.set(key, (actions = new Map<CurationAction, CurationLog>()));
        actions.set(row.action, row);
      }
      if (byAttribute.size > limit) {
        throw badInput(
          `"${alias}" has ${byAttribute.size} false positives from ${range.from} to ${range.to}, more than limit (${limit}): ask for a shorter range or a larger limit (at most ${LIMIT.max}).`,
          'limit',
        );
      }
      return [...byAttribute.values()].map((actions) => ({ organization, rows: [...actions.values()] }));
    },
  }),
}));
