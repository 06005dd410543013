/**
 * Briefs: made from a view by an analyst of an organization, stored with the content as made (so
 * reopening gives the same numbers), the scenario version and the data vintages; read by the
 * organization's members; recommendations edited by its analysts. Reading a brief compares it
 * with today's data and says when newer data would change it.
 */
import { hasRole, requireRole, requireWriteAccess } from '../auth/roles';
import {
  briefById,
  briefsOfOrganization,
  insertBrief,
  setBriefRecommendations,
  type DbBrief,
} from '../data/briefs';
import { BadUserInputError, NotFoundError } from '../errors';
import { loadScenario, type ScenarioServiceDeps } from '../scenarios/saved';
import { buildBrief } from './content';
import { MAX_BRIEF_FUNDERS } from './funders';
import {
  AUDIENCES,
  BRIEF_KINDS,
  type BriefContent,
  type BriefDataVintage,
  type BriefRecommendation,
  type BriefView,
} from './types';

export const MAX_RECOMMENDATION_LENGTH = 4000;
const MAX_PERMALINK = 2000;

export interface BriefOut {
  row: DbBrief;
  view: BriefView;
  content: BriefContent;
  recommendations: BriefRecommendation[];
  /** A sentence when newer data would change the brief's figures (computed on demand, once). */
  newerData(): Promise<string | null>;
}

function notFound(id: string) {
  return new NotFoundError(
    `No brief ${id} that you can read: it does not exist or belongs to an organization you are not a member of.`,
  );
}

function checkView(view: BriefView): BriefView {
  if (!(BRIEF_KINDS as readonly string[]).includes(view.kind))
    throw new BadUserInputError('kind', `kind must be one of ${BRIEF_KINDS.join(', ')}.`);
  if (
    !view.permalink.startsWith('/') ||
    view.permalink.startsWith('//') ||
    view.permalink.length > MAX_PERMALINK
  )
    throw new BadUserInputError(
      'permalink',
      `permalink must be the app path of the view, starting with a single / (at most ${MAX_PERMALINK} characters).`,
    );
  if (view.kind === 'SCENARIO' && (view.scenarioIds.length < 1 || view.scenarioIds.length > 10))
    throw new BadUserInputError(
      'scenarioIds',
      'A scenario brief takes one saved scenario, or two to ten compared.',
    );
  if (view.kind !== 'SCENARIO' && view.scenarioIds.length > 0)
    throw new BadUserInputError('scenarioIds', 'Only a SCENARIO brief takes scenario ids.');
  const funders = view.funderIds ?? [];
  if (funders.length > 0 && view.kind !== 'FUNDERS')
    throw new BadUserInputError('funderIds', 'Only a FUNDERS brief takes funder ids.');
  if (funders.length > MAX_BRIEF_FUNDERS || new Set(funders).size !== funders.length)
    throw new BadUserInputError(
      'funderIds',
      `funderIds takes one funder to profile or up to ${MAX_BRIEF_FUNDERS} different funders to compare.`,
    );
  if (funders.some((id) => !/^[1-9][0-9]{0,15}$/.test(id)))
    throw new BadUserInputError('funderIds', 'funderIds must be organization ids (whole numbers).');
  return view;
}

function cleanRecommendations(recs: readonly BriefRecommendation[]): BriefRecommendation[] {
  return AUDIENCES.map((audience) => {
    const found = recs.filter((r) => r.audience === audience);
    if (found.length > 1)
      throw new BadUserInputError(
        'recommendations',
        `One recommendation per audience (${audience} twice).`,
      );
    const text = (found[0]?.text ?? '').trim();
    if (text.length > MAX_RECOMMENDATION_LENGTH)
      throw new BadUserInputError(
        'recommendations',
        `A recommendation is at most ${MAX_RECOMMENDATION_LENGTH} characters (${audience}: ${text.length}).`,
      );
    return { audience, text };
  });
}

export async function createBrief(
  deps: ScenarioServiceDeps,
  args: { organizationId: number; view: BriefView; appVersion: string },
): Promise<BriefOut> {
  requireWriteAccess(deps.viewer);
  const userId = requireRole(deps.viewer, args.organizationId, 'analyst');
  const view = checkView(args.view);
  const built = await buildBrief(deps, view);
  const row = await insertBrief(deps.knex, {
    organization_id: args.organizationId,
    created_by: userId,
    kind: view.kind,
    title: built.content.title,
    view,
    content: built.content,
    recommendations: built.content.suggestedRecommendations,
    scenario_id:
      view.kind === 'SCENARIO' && view.scenarioIds.length === 1 ? view.scenarioIds[0]! : null,
    scenario_version: built.scenarioVersion,
    data_vintages: built.dataVintages,
    app_version: args.appVersion,
  });
  return present(deps, row);
}

export async function loadBrief(deps: ScenarioServiceDeps, id: string): Promise<BriefOut> {
  const row = await briefById(deps.knex, id);
  if (!row || !hasRole(deps.viewer, row.organization_id, 'viewer')) throw notFound(id);
  return present(deps, row);
}

export async function updateBriefRecommendations(
  deps: ScenarioServiceDeps,
  id: string,
  recommendations: readonly BriefRecommendation[],
): Promise<BriefOut> {
  requireWriteAccess(deps.viewer);
  const row = await briefById(deps.knex, id);
  if (!row || !hasRole(deps.viewer, row.organization_id, 'viewer')) throw notFound(id);
  requireRole(deps.viewer, row.organization_id, 'analyst');
  const updated = await setBriefRecommendations(
    deps.knex,
    id,
    cleanRecommendations(recommendations),
  );
  return present(deps, updated);
}

export async function listBriefs(
  deps: ScenarioServiceDeps,
  organizationId: number,
): Promise<BriefOut[]> {
  requireRole(deps.viewer, organizationId, 'viewer');
  const rows = await briefsOfOrganization(deps.knex, organizationId, 100);
  return rows.map((r) => present(deps, r));
}

function present(deps: ScenarioServiceDeps, row: DbBrief): BriefOut {
  const view = row.view as BriefView;
  let newer: Promise<string | null> | undefined;
  return {
    row,
    view,
    content: row.content as BriefContent,
    recommendations: row.recommendations as BriefRecommendation[],
    newerData: () => (newer ??= newerData(deps, row, view)),
  };
}

/** Rounded as the brief shows them, so a change of float noise is no change. */
const same = (a: number | null, b: number | null) =>
  a === b || (a !== null && b !== null && Number(a.toPrecision(4)) === Number(b.toPrecision(4)));

/**
 * What today's data would change. A scenario brief asks its scenarios (their recorded baselines
 * against today's); any other brief is built again from today's data and its figures compared.
 */
async function newerData(
  deps: ScenarioServiceDeps,
  row: DbBrief,
  view: BriefView,
): Promise<string | null> {
  try {
    if (view.kind === 'SCENARIO') {
      const notes: string[] = [];
      for (const id of view.scenarioIds) {
        const s = await loadScenario(deps, {
          id,
          version: view.scenarioIds.length === 1 ? row.scenario_version : null,
        });
        const f = await s.freshness();
        if (f.newer && f.note) notes.push(`${s.row.name}: ${f.note}`);
        if (view.scenarioIds.length === 1 && s.row.latest_version !== s.version.version)
          notes.push(
            `${s.row.name} has a newer version (${s.row.latest_version}) than the one in this brief (${s.version.version}).`,
          );
      }
      return notes.length ? `Newer data would change this brief. ${notes.join(' ')}` : null;
    }
    const now = await buildBrief(deps, view);
    const then = row.content as BriefContent;
    const changed = then.figures
      .map((f) => ({ f, g: now.content.figures.find((x) => x.key === f.key) }))
      .filter(({ f, g }) => !g || !same(f.value, g.value))
      .map(({ f, g }) => `${f.label}: ${f.text} then, ${g?.text ?? 'not available'} now`);
    const stored = row.data_vintages as BriefDataVintage[];
    const key = (d: BriefDataVintage) => `${d.id}:${d.vintage}:${d.importedAt}`;
    const dataChanged =
      stored.map(key).sort().join('|') !== now.dataVintages.map(key).sort().join('|');
    if (!changed.length && !dataChanged) return null;
    return changed.length
      ? `Newer data would change this brief. ${changed.join('; ')}.`
      : 'The data behind this brief were updated since it was made; its figures are unchanged.';
  } catch (e) {
    if (e instanceof BadUserInputError || e instanceof NotFoundError)
      return `This brief can no longer be reproduced from today's data: ${e.message}`;
    throw e;
  }
}
