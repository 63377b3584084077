// The curation audit log: every action on a MISP attribute, and undoing one.
import type { Prisma } from '../generated/prisma/client.js';
import { CurationAction, CurationReason, CurationStatus } from '../generated/prisma/enums.js';
import { builder, dayOf } from './builder.js';
import { ConflictError, InvalidInputError, NotFoundError } from './errors.js';
import { countedPage, PAGE, readId, readPageSize, readRange } from './range.js';
import { forViewer } from './reader-view.js';

export const CurationReasonEnum = builder.enumType(CurationReason, {
  name: 'CurationReason',
  description: 'Why an attribute was judged a false positive.',
  values: {
    WARNINGLIST: { description: 'It hit at least one selected warninglist.' },
    REPUTATION: { description: 'No warninglist hit; the reputation verdict was benign (OpenTIP Green).' },
  },
});

export const CurationActionEnum = builder.enumType(CurationAction, {
  name: 'CurationAction',
  description: 'What the curator does to a false positive in MISP (CURATION_ACTION, CURATION_ACTIONS).',
  values: {
    REPORT_ONLY: { description: 'Nothing: the log only reports it.' },
    SOFT_DELETE: { description: 'Soft-deletes the attribute (restorable).' },
    DISABLE_IDS: { description: "Clears the attribute's to_ids flag." },
    TAG: { description: 'Tags the attribute false-positive:risk="high".' },
    SIGHTING: { description: "Adds a false-positive sighting (type 1, source SIGHTING_SOURCE), which MISP synchronises back towards the event's creator (restorable: the sighting is deleted)." },
  },
});

export const CurationStatusEnum = builder.enumType(CurationStatus, {
  name: 'CurationStatus',
  description: 'PLANNED → DONE | FAILED, and DONE → RESTORED.',
  values: {
    PLANNED: { description: 'Written before MISP is touched; resumed if a run was interrupted.' },
    DONE: { description: 'Applied in MISP.' },
    FAILED: { description: 'MISP refused or failed (see error).' },
    RESTORED: { description: 'Undone by restoreCuratedAttribute.' },
  },
});

/** Evidence is stored as JSON text; clients get it parsed, or the text itself if it is not JSON. */
function parseEvidence(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export const CurationLogType = builder.prismaObject('CurationLog', {
  description: 'One curation action on one MISP attribute, written before MISP is touched.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Log id (give it to restoreCuratedAttribute).' }),
    organization: t.relation('organization', { description: 'The community that delivered the attribute.' }),
    day: t.field({ type: 'Date', description: 'The day whose count it belonged to.', resolve: (l) => l.day }),
    mispAttributeId: t.exposeString('mispAttributeId', { description: 'MISP attribute id.' }),
    mispAttributeUuid: t.exposeString('mispAttributeUuid', { description: 'MISP attribute UUID.' }),
    mispEventId: t.exposeString('mispEventId', { description: 'MISP event id.' }),
    mispEventUuid: t.exposeString('mispEventUuid', { nullable: true, description: 'MISP event UUID, when known.' }),
    attributeType: t.exposeString('attributeType', { description: 'MISP attribute type, e.g. ip-dst.' }),
    value: t.exposeString('value', { description: 'The attribute value.' }),
    reason: t.expose('reason', { type: CurationReasonEnum, description: 'Why it was a false positive.' }),
    evidence: t.field({
      type: 'JSON',
      description: 'What decided it, as stored by the pipeline: the warninglist hits (list id, name, matched entry) or the reputation verdict (provider, zone, checked at).',
      resolve: (l) => parseEvidence(l.evidence),
    }),
    action: t.expose('action', { type: CurationActionEnum, description: 'What was (or would be) done in MISP.' }),
    status: t.expose('status', { type: CurationStatusEnum, description: 'Where the action is.' }),
    error: t.string({ nullable: true, description: 'Why it failed, when it did. Readers get it without the MISP address.', resolve: (l, _args, ctx) => forViewer(ctx, l.error) }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was planned.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'Last change of the row.' }),
    actedAt: t.expose('actedAt', { type: 'DateTime', nullable: true, description: 'When MISP was changed.' }),
    restoredAt: t.expose('restoredAt', { type: 'DateTime', nullable: true, description: 'When it was undone.' }),
    mispSightingId: t.exposeString('mispSightingId', { nullable: true, description: 'The false-positive sighting MISP holds for a SIGHTING row: what restoring it deletes.' }),
    run: t.relation('run', { nullable: true, description: 'The run that planned it (null once that run was deleted).' }),
  }),
});

builder.queryFields((t) => ({
  curationLogs: t.prismaConnection(
    {
      type: 'CurationLog',
      cursor: 'id',
      defaultSize: PAGE.default,
      maxSize: PAGE.max,
      description: `The curation audit log, newest first, filtered by the arguments given. Pages of ${PAGE.default} by default, at most ${PAGE.max}.`,
      authScopes: { reader: true },
      args: {
        organization: t.arg.string({ required: false, description: 'Only this community (alias).' }),
        from: t.arg({ type: 'Date', required: false, description: 'Only days from this one, included.' }),
        to: t.arg({ type: 'Date', required: false, description: 'Only days up to this one, included.' }),
        reason: t.arg({ type: CurationReasonEnum, required: false, description: 'Only this reason.' }),
        action: t.arg({ type: CurationActionEnum, required: false, description: 'Only this action.' }),
        status: t.arg({ type: CurationStatusEnum, required: false, description: 'Only this status.' }),
      },
      totalCount: (_connection, args, ctx) => ctx.prisma.curationLog.count({ where: curationWhere(args) }),
      resolve: (query, _root, args, ctx) => {
        readPageSize(args);
        if (args.from && args.to) readRange(ctx, args.from, args.to);
        return ctx.prisma.curationLog.findMany({ ...query, where: curationWhere(args), orderBy: { id: 'desc' } });
      },
    },
    countedPage('A page of the curation log.', 'log rows'),
    { description: 'A curation log row in a page.' },
  ),
}));

interface CurationFilter {
  organization?: string | null;
  from?: Date | null;
  to?: Date | null;
  reason?: CurationReason | null;
  action?: CurationAction | null;
  status?: CurationStatus | null;
}

function curationWhere(args: CurationFilter): Prisma.CurationLogWhereInput {
  return {
    ...(args.organization ? { organization: { alias: args.organization.trim() } } : {}),
    ...(args.from || args.to ? { day: { ...(args.from ? { gte: dayOf(args.from) } : {}), ...(args.to ? { lte: dayOf(args.to) } : {}) } } : {}),
    ...(args.reason ? { reason: args.reason } : {}),
    ...(args.action ? { action: args.action } : {}),
    ...(args.status ? { status: args.status } : {}),
  };
}

builder.mutationFields((t) => ({
  restoreCuratedAttribute: t.field({
    type: CurationLogType,
    description: 'Undo one curation action in MISP (restore a soft-deleted attribute, or delete a false-positive sighting); the log row becomes RESTORED.',
    authScopes: { admin: true },
    errors: { types: [InvalidInputError, NotFoundError, ConflictError], dataField: { name: 'curationLog', description: 'The restored log row.' } },
    args: { curationLogId: t.arg.id({ required: true, description: 'The curation log id.' }) },
    resolve: (_root, args, ctx) => {
      const id = readId(args.curationLogId, 'curationLogId', (message, field) => new InvalidInputError(message, field));
      return ctx.services.restoreCuratedAttribute(id);
    },
  }),
}));
