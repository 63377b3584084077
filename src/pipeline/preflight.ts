// What the service will need, checked for real (the `status` command): the database takes writes,
// MISP answers and the key is a site admin's, the warninglists load, the OpenTIP key is accepted
// (one lookup, counted in today's budget).
import { databaseProblem } from '../db/errors.js';
import { MispPermissionError } from '../misp/index.js';
import type { PipelineDeps } from './deps.js';

export interface PreflightCheck {
  name: 'database' | 'MISP' | 'warninglists' | 'OpenTIP';
  ok: boolean;
  detail: string;
}

const messageOf = (error: unknown) => databaseProblem(error) ?? (error instanceof Error ? error.message : String(error));

class Rollback extends Error {}

async function checkDatabase(deps: PipelineDeps): Promise<PreflightCheck> {
  try {
    // A write in a transaction that is then undone: the file, its directory and the lock all allow writes.
    await deps.prisma
      .$transaction(async (tx) => {
        await tx.reputationUsage.create({ data: { provider: 'status-check', day: '0000-00-00' } });
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
    return { name: 'database', ok: true, detail: `writable (${deps.config.databasePath})` };
  } catch (error) {
    return { name: 'database', ok: false, detail: `not writable: ${messageOf(error)}` };
  }
}

async function checkMisp(deps: PipelineDeps): Promise<PreflightCheck> {
  if (!deps.misp) return { name: 'MISP', ok: false, detail: 'not configured: set MISP_URL and MISP_KEY (a site-admin key).' };
  try {
    const version = await deps.misp.getVersion();
    try {
      // Reading every user is what resolving sync users takes, and only a site admin may.
      const users = await deps.misp.listUsers();
      return { name: 'MISP', ok: true, detail: `reachable, version ${version.version}; the key is a site admin's (${users.length} users visible)` };
    } catch (error) {
      if (error instanceof MispPermissionError) {
        return {
          name: 'MISP',
          ok: false,
          detail: `reachable, version ${version.version}, but the key is not a site admin's: it cannot read the users nor curate other organisations' attributes. Set MISP_KEY to a site-admin key.`,
        };
      }
      throw error;
    }
  } catch (error) {
    return { name: 'MISP', ok: false, detail: `not usable: ${messageOf(error)}` };
  }
}

async function checkWarninglists(deps: PipelineDeps): Promise<PreflightCheck> {
  if (deps.config.warninglistsDir === '' && !deps.misp) return { name: 'warninglists', ok: false, detail: 'no source: set MISP_URL, or WARNINGLISTS_DIR.' };
  try {
    const loaded = await deps.warninglists.load();
    const refused = new Set(loaded.engine.refused.map((r) => r.listId)).size;
    return {
      name: 'warninglists',
      ok: true,
      detail:
        `${loaded.total} lists from ${loaded.source === 'misp' ? 'MISP' : deps.config.warninglistsDir}, ${loaded.selected} selected` +
        `${loaded.problems > 0 ? `, ${loaded.problems} entries that never match` : ''}${refused > 0 ? `, ${refused} lists with entries too broad to curate` : ''}`,
    };
  } catch (error) {
    return { name: 'warninglists', ok: false, detail: `not reachable: ${messageOf(error)}` };
  }
}

async function checkOpenTip(deps: PipelineDeps): Promise<PreflightCheck> {
  const check = await deps.reputation.checkKey();
  switch (check.status) {
    case 'not-configured':
      return { name: 'OpenTIP', ok: true, detail: 'not configured (OPENTIP_KEY empty): values without a warninglist hit count as unknown.' };
    case 'accepted':
      return { name: 'OpenTIP', ok: true, detail: `key accepted (one lookup of 8.8.8.8 spent from today's OPENTIP_DAILY_BUDGET: ${check.answer})` };
    case 'quota-spent':
      return { name: 'OpenTIP', ok: true, detail: `key accepted, but OpenTIP's quota is spent for today: ${check.message}` };
    case 'budget-spent':
      return { name: 'OpenTIP', ok: true, detail: `not checked: today's OPENTIP_DAILY_BUDGET is spent (${check.message})` };
    case 'refused':
      return { name: 'OpenTIP', ok: false, detail: `key refused: ${check.message}` };
    case 'unreachable':
      return { name: 'OpenTIP', ok: false, detail: `not reachable: ${check.message}` };
  }
}

/** Every check, in order; none stops the others. */
export async function preflight(deps: PipelineDeps): Promise<PreflightCheck[]> {
  const database = await checkDatabase(deps);
  const misp = await checkMisp(deps);
  // Loading the lists records them in the database: only once the database takes writes.
  const warninglists = database.ok ? await checkWarninglists(deps) : { name: 'warninglists' as const, ok: false, detail: 'not checked: the database does not take writes.' };
  const opentip = database.ok ? await checkOpenTip(deps) : { name: 'OpenTIP' as const, ok: false, detail: 'not checked: the database does not take writes (the budget is kept there).' };
  return [database, misp, warninglists, opentip];
}
