/**
 * Saved scenarios: save, new versions, soft delete, share links, reading one version, listing and
 * comparing. A version records its settings, the data vintages and the baseline it ran on, so
 * reading it later reproduces the same numbers; `freshness` compares with today's data.
 *
 * Baselines of saved scenarios are computed disclosure-safe (small service counts withheld even
 * from stewards): members and share-link holders read them. The freshness check reads today's
 * data as the scenario's owner would (their memberships), and names only datasets the reader may
 * read.
 */
import type { Knex } from 'knex';
import type { ScenarioBaseline } from '../../core/scenario/index';
import { recordAudit } from '../auth/audit';
import { newSecret, digest } from '../auth/secrets';
import type { AnalyticsDeps } from '../analytics/context';
import { membershipsOf } from '../data/accounts';
import {
  appendVersion,
  insertScenario,
  listReadableScenarios,
  scenarioById,
  scenarioVersion,
  setShareTokenHash,
  softDeleteScenario,
  type DbScenario,
  type DbScenarioVersion,
} from '../data/scenarios/store';
import { decodeCursor, pageSize, toPage, type Page } from '../data/paging';
import { BadUserInputError } from '../errors';
import type { Viewer } from '../viewer';
import {
  mayEdit,
  mayRead,
  notFound,
  requireMayEdit,
  requireMaySave,
  SHARE_TOKEN_PREFIX,
} from './access';
import { scenarioBaseline, type ScenarioBaselineOut } from './baseline';
import { prepareRun, runOn, type ScenarioRunOut } from './run';
import { storedSettings, type ScenarioInputArgs, type ScenarioSettings } from './settings';
import { describeDataChanges, vintagesOf, type DataVintages } from './vintages';

const MAX_NAME_LENGTH = 200;
export const MAX_COMPARED = 10;

/** What a version stores besides its settings. */
interface StoredSummary {
  format: 1;
  baseline: ScenarioBaselineOut;
  headline: { laborServedTotal: number; sexServedTotal: number; laborEquityRatio: number | null };
}

export interface Freshness {
  newer: boolean;
  note: string | null;
}

/** A readable scenario version, with its run and freshness computed on demand, once. */
export interface SavedScenarioOut {
  row: DbScenario;
  version: DbScenarioVersion;
  settings: ScenarioSettings;
  baseline: ScenarioBaselineOut;
  vintages: DataVintages;
  canEdit: boolean;
  run(): ScenarioRunOut;
  freshness(): Promise<Freshness>;
}

export interface ScenarioServiceDeps extends AnalyticsDeps {
  /** Dataset names the reader may read, by id (null when not readable). */
  datasetName(id: number): Promise<string | null>;
}

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_NAME_LENGTH) {
    throw new BadUserInputError(
      'name',
      `A scenario name must be 1 to ${MAX_NAME_LENGTH} characters (got ${trimmed.length}).`,
    );
  }
  return trimmed;
}

/** Runs the input disclosure-safe and returns what a new version stores. */
async function versionFromInput(deps: AnalyticsDeps, input: ScenarioInputArgs, userId: number) {
  const { settings, baseline } = await prepareRun(deps, input, { disclosureSafe: true });
  const run = runOn(settings, baseline);
  const summary: StoredSummary = {
    format: 1,
    baseline,
    headline: {
      laborServedTotal: run.result.totals.labor.survivorsServed,
      sexServedTotal: run.result.totals.sex.survivorsServed,
      laborEquityRatio: run.result.totals.laborEquityRatio,
    },
  };
  return { params: settings, dataVintages: vintagesOf(baseline), summary, createdBy: userId };
}

export async function saveScenario(
  deps: ScenarioServiceDeps,
  args: { name: string; input: ScenarioInputArgs; organizationId: number | null },
): Promise<SavedScenarioOut> {
  const userId = requireMaySave(deps.viewer, args.organizationId);
  const name = cleanName(args.name);
  const version = await versionFromInput(deps, args.input, userId);
  const id = await deps.knex.transaction((trx) =>
    insertScenario(
      trx,
      { ownerUserId: userId, organizationId: args.organizationId, name },
      version,
    ),
  );
  return loadScenario(deps, { id });
}

export async function updateScenario(
  deps: ScenarioServiceDeps,
  args: { id: string; input: ScenarioInputArgs; name: string | null },
): Promise<SavedScenarioOut> {
  const userId = requireMayEdit(deps.viewer, await scenarioById(deps.knex, args.id), args.id);
  const name = args.name === null ? null : cleanName(args.name);
  const version = await versionFromInput(deps, args.input, userId);
  await deps.knex.transaction(async (trx) => {
    const current = await scenarioById(trx, args.id, { forUpdate: true });
    requireMayEdit(deps.viewer, current, args.id);
    await appendVersion(trx, current!, version, name);
  });
  return loadScenario(deps, { id: args.id });
}

/** Locks a scenario the viewer may edit and runs `change` in the same transaction. */
async function editLocked<T>(
  deps: AnalyticsDeps,
  id: string,
  change: (trx: Knex.Transaction, s: DbScenario, userId: number) => Promise<T>,
): Promise<T> {
  requireMayEdit(deps.viewer, await scenarioById(deps.knex, id), id);
  return deps.knex.transaction(async (trx) => {
    const s = await scenarioById(trx, id, { forUpdate: true });
    const userId = requireMayEdit(deps.viewer, s, id);
    return change(trx, s!, userId);
  });
}

export function deleteScenario(deps: AnalyticsDeps, id: string): Promise<boolean> {
  return editLocked(deps, id, async (trx, s, userId) => {
    await softDeleteScenario(trx, s.id);
    await recordAudit(trx, {
      action: 'scenario_delete',
      actorUserId: userId,
      organizationId: s.organization_id,
      entity: 'scenario',
      entityId: s.id,
      details: { name: s.name, versions: s.latest_version },
    });
    return true;
  });
}

export function shareScenario(
  deps: AnalyticsDeps,
  id: string,
): Promise<{ token: string; path: string }> {
  return editLocked(deps, id, async (trx, s, userId) => {
    const token = newSecret(SHARE_TOKEN_PREFIX);
    await setShareTokenHash(trx, s.id, digest(token));
    await recordAudit(trx, {
      action: 'scenario_share',
      actorUserId: userId,
      organizationId: s.organization_id,
      entity: 'scenario',
      entityId: s.id,
      details: { replacedEarlierLink: s.share_token_hash !== null },
    });
    return { token, path: `/scenarios?scenario=${s.id}&share=${encodeURIComponent(token)}` };
  });
}

export function unshareScenario(deps: AnalyticsDeps, id: string): Promise<boolean> {
  return editLocked(deps, id, async (trx, s, userId) => {
    await setShareTokenHash(trx, s.id, null);
    await recordAudit(trx, {
      action: 'scenario_unshare',
      actorUserId: userId,
      organizationId: s.organization_id,
      entity: 'scenario',
      entityId: s.id,
    });
    return s.share_token_hash !== null;
  });
}

/** One version (latest by default) of a scenario the viewer may read; NOT_FOUND otherwise. */
export async function loadScenario(
  deps: ScenarioServiceDeps,
  args: { id: string; version?: number | null; shareToken?: string | null },
): Promise<SavedScenarioOut> {
  const row = await scenarioById(deps.knex, args.id);
  if (!row || !mayRead(deps.viewer, row, args.shareToken)) throw notFound(args.id);
  const n = args.version ?? row.latest_version;
  if (!Number.isInteger(n) || n < 1 || n > row.latest_version) {
    throw new BadUserInputError(
      'version',
      `Scenario ${row.id} has versions 1 to ${row.latest_version} (asked for ${n}).`,
    );
  }
  const version = await scenarioVersion(deps.knex, row.id, n);
  if (!version) throw new Error(`Scenario ${row.id} lists version ${n} but it is missing.`);
  return present(deps, row, version);
}

function present(
  deps: ScenarioServiceDeps,
  row: DbScenario,
  version: DbScenarioVersion,
): SavedScenarioOut {
  const { settings, scope } = storedSettings(version.params);
  const summary = version.summary as StoredSummary;
  const vintages = version.data_vintages as DataVintages;
  let run: ScenarioRunOut | undefined;
  let fresh: Promise<Freshness> | undefined;
  return {
    row,
    version,
    settings,
    baseline: summary.baseline,
    vintages,
    canEdit: mayEdit(deps.viewer, row),
    run: () => (run ??= runOn(settings, summary.baseline)),
    freshness: () =>
      (fresh ??= freshness(deps, row, settings, scope, {
        vintages,
        baseline: summary.baseline.baseline,
      })),
  };
}

/** Today's baseline for the saved scope, read as the owner would, compared with the recorded. */
async function freshness(
  deps: ScenarioServiceDeps,
  row: DbScenario,
  settings: ScenarioSettings,
  scope: ReturnType<typeof storedSettings>['scope'],
  saved: { vintages: DataVintages; baseline: ScenarioBaseline },
): Promise<Freshness> {
  const owner: Viewer =
    row.owner_user_id === null
      ? deps.viewer
      : {
          userId: row.owner_user_id,
          memberships: await membershipsOf(deps.knex, row.owner_user_id),
          via: 'session',
          tokenScope: null,
        };
  let now: ScenarioBaselineOut;
  try {
    now = await scenarioBaseline({ ...deps, viewer: owner }, scope, settings.needBasis, {
      mode: settings.baselineMode,
      attribution: settings.attribution,
      disclosureSafe: true,
    });
  } catch (e) {
    if (!(e instanceof BadUserInputError)) throw e;
    return { newer: true, note: `The data in scope today give no baseline: ${e.message}` };
  }
  const ids = [...new Set([...saved.vintages.datasets, ...now.datasets].map((d) => d.id))];
  const names = new Map(
    await Promise.all(ids.map(async (id) => [id, await deps.datasetName(id)] as const)),
  );
  const note = describeDataChanges(
    saved,
    now,
    (d) => names.get(d.id) ?? 'a dataset you cannot read',
  );
  return { newer: note !== null, note };
}

/** Scenarios the viewer owns or shares an organization with, latest saved first. */
export async function listScenarios(
  deps: ScenarioServiceDeps,
  args: { first?: number | null; after?: string | null },
): Promise<Page<SavedScenarioOut>> {
  const size = pageSize(args.first, 50);
  const offset = decodeCursor(args.after);
  const { rows, total } = await listReadableScenarios(deps.knex, deps.viewer, offset, size + 1);
  const out = await Promise.all(
    rows.map(async (row) =>
      present(deps, row, (await scenarioVersion(deps.knex, row.id, row.latest_version))!),
    ),
  );
  return toPage(out, offset, size, total);
}

export interface ComparedScenarioOut {
  scenario: SavedScenarioOut;
  years: (ScenarioRunOut['result']['years'][number] | null)[];
}

/** Latest versions side by side, each year of any of them in one row. */
export async function compareScenarios(
  deps: ScenarioServiceDeps,
  ids: readonly string[],
): Promise<{ years: number[]; scenarios: ComparedScenarioOut[] }> {
  const unique = [...new Set(ids)];
  if (unique.length !== ids.length || ids.length < 2 || ids.length > MAX_COMPARED) {
    throw new BadUserInputError(
      'ids',
      `compareScenarios takes 2 to ${MAX_COMPARED} different scenario ids (got ${ids.length}, ${unique.length} different).`,
    );
  }
  const scenarios = await Promise.all(unique.map((id) => loadScenario(deps, { id })));
  const runs = scenarios.map((s) => s.run().result);
  const years = [...new Set(runs.flatMap((r) => r.years.map((y) => y.year)))].sort((a, b) => a - b);
  return {
    years,
    scenarios: scenarios.map((scenario, i) => {
      const byYear = new Map(runs[i]!.years.map((y) => [y.year, y]));
      return { scenario, years: years.map((y) => byYear.get(y) ?? null) };
    }),
  };
}
