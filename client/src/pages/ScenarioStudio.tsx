/**
 * Scenario studio: levers as labelled sliders, the projection as a fan chart (p10–p90 band,
 * median, no-change baseline dashed) recomputed in a Web Worker while a slider moves, a tornado
 * of the inputs that matter most, goal seek, every assumption with its source, save / name /
 * reload, share links and a comparison of saved scenarios. The levers live in the URL.
 *
 * The baseline is fetched once per scope, need basis and baseline mode (or taken as recorded
 * with a saved version); every lever move then recomputes in the worker, not on the server.
 */
import { FormError } from '../components/form/FormMessage';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { leverSentence } from '../../../core/scenario/leverWords';
import type { ScenarioValidationIssue } from '../../../core/scenario/types';
import { useQuery } from '../api/useQuery';
import type { ChartMeta } from '../charts/csv';
import { CopyLink } from '../components/CopyLink';
import { IllustrativeBanner } from '../components/IllustrativeBadge';
import { PageIntro } from '../components/PageIntro';
import { ScopeControls } from '../components/ScopeControls';
import { ErrorState, Loading } from '../components/StatusViews';
import { ATTRIBUTION_LABEL, NEED_BASIS_LABEL } from '../format/labels';
import { fallbackNotes } from '../format/meta';
import { describeScope } from '../format/scope';
import type { StudioBaselineFragment } from '../generated/graphql';
import { scopeOfSaved, settingsOfSaved, toModelBaseline } from '../scenario/baseline';
import { ComparePanel } from '../scenario/ComparePanel';
import { CreateBriefButton } from '../brief/CreateBriefButton';
import { LeverControls } from '../scenario/LeverControls';
import { SAVED_SCENARIO, STUDIO_BASELINE } from '../scenario/operations';
import { Results } from '../scenario/Results';
import { RunSettings } from '../scenario/RunSettings';
import { SavedPanel } from '../scenario/SavedPanel';
import {
  apiInput,
  leversOf,
  modelInput,
  parseSettings,
  SETTING_PARAMS,
  settingsParams,
  type StudioSettings,
} from '../scenario/settings';
import { useScenarioModel } from '../scenario/useScenarioModel';
import '../scenario/studio.css';
import { useCatalog } from '../state/catalog';
import type { ViewStateApi } from '../state/useViewState';
import { toScopeInput } from '../state/viewState';
import type { PageProps } from './types';

const URL_WRITE_DELAY_MS = 250;
const NO_ISSUES: ScenarioValidationIssue[] = [];
const NO_NOTES: string[] = [];
const key = (s: StudioSettings) => JSON.stringify(settingsParams(s));
/** The settings the model reads (the chart's output and the draws are not among them). */
const modelKey = (s: StudioSettings) =>
  JSON.stringify({ ...settingsParams(s), out: null, draws: null, seed: null });

/** Scope filters re-render only when the address changes, not on every slider move. */
const Scope = memo(function Scope({ api }: { api: ViewStateApi }) {
  return <ScopeControls api={api} />;
});

function describeBaselineNeed(
  b: StudioBaselineFragment | undefined,
  basis: StudioBaselineFragment['needBasis'],
) {
  const label = NEED_BASIS_LABEL[basis];
  if (!b) return label;
  if (!b.need.vintages.length) return `${label} (no figures in scope)`;
  const g = b.need.geography;
  const where =
    g === 'WORLD'
      ? 'worldwide figures: no figures of this basis for the scope’s own country'
      : `${g} figures`;
  return `${label}, ${where}, of ${b.need.vintages.join(', ')}`;
}

export default function ScenarioStudio({ api }: PageProps) {
  const { view, update } = api;
  const { names } = useCatalog();
  const parsed = useMemo(() => parseSettings(view.params), [view.params]);
  const [settings, setSettings] = useState(parsed.settings);
  const written = useRef(key(parsed.settings));
  const parsedKey = key(parsed.settings);

  // A change of the address from outside (a link, back/forward, a saved scenario) wins.
  useEffect(() => {
    if (parsedKey !== written.current) {
      written.current = parsedKey;
      setSettings(parsed.settings);
    }
  }, [parsedKey, parsed.settings]);

  // Slider moves update the model at once and the address a moment later.
  useEffect(() => {
    const k = key(settings);
    if (k === written.current) return;
    const t = setTimeout(() => {
      written.current = k;
      update({ params: settingsParams(settings) });
    }, URL_WRITE_DELAY_MS);
    return () => clearTimeout(t);
  }, [settings, update]);

  const change = useCallback((patch: Partial<StudioSettings>) => {
    setSettings((s) => ({ ...s, ...patch }));
  }, []);

  // A saved scenario named in the address: load it, and apply it to a link without levers.
  const scenarioId = view.params.scenario ?? null;
  const savedVars = useMemo(
    () => ({
      id: scenarioId ?? '',
      version: view.params.v ? Number(view.params.v) : null,
      shareToken: view.params.share ?? null,
    }),
    [scenarioId, view.params.v, view.params.share],
  );
  const savedQ = useQuery(SAVED_SCENARIO, savedVars, { skip: scenarioId === null });
  const saved = scenarioId ? (savedQ.data?.scenario ?? null) : null;
  const applied = useRef<string | null>(null);
  useEffect(() => {
    if (!saved) return;
    const k = `${saved.id}@${saved.version}`;
    if (applied.current === k) return;
    applied.current = k;
    if (SETTING_PARAMS.some((p) => view.params[p] !== undefined)) return;
    update({
      scope: scopeOfSaved(saved),
      needBasis: saved.settings.needBasis,
      attribution: saved.settings.attribution,
      params: settingsParams(settingsOfSaved(saved, settings.output)),
    });
  }, [saved, view.params, update, settings.output]);

  // The baseline: as recorded with the saved version (the same numbers as then), or live.
  const savedSettings = useMemo(
    () => (saved ? settingsOfSaved(saved, 'laborServed') : null),
    [saved],
  );
  const recorded =
    saved !== null &&
    view.params.data !== 'current' &&
    saved.settings.needBasis === view.needBasis &&
    saved.settings.attribution === view.attribution &&
    savedSettings!.mode === settings.mode &&
    JSON.stringify(scopeOfSaved(saved)) === JSON.stringify(view.scope);
  const scopeInput = useMemo(() => toScopeInput(view.scope), [view.scope]);
  const baselineVars = useMemo(
    () => ({
      scope: scopeInput,
      needBasis: view.needBasis,
      mode: settings.mode,
      attribution: view.attribution,
    }),
    [scopeInput, view.needBasis, settings.mode, view.attribution],
  );
  const live = useQuery(STUDIO_BASELINE, baselineVars, { skip: recorded });
  const baselineFragment = recorded ? saved.baseline : live.data?.scenarioBaseline;
  const baseline = useMemo(
    () => (baselineFragment ? toModelBaseline(baselineFragment) : null),
    [baselineFragment],
  );
  const mk = modelKey(settings);
  const input = useMemo(
    () => (baseline ? modelInput(settings, baseline) : null),
    // mk stands for the settings the model reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [baseline, mk],
  );
  const mc = useMemo(
    () => ({ draws: settings.draws, seed: settings.seed }),
    [settings.draws, settings.seed],
  );
  const model = useScenarioModel(input, mc, 'laborServedTotal');

  // Stable callbacks that read the latest values, so memoised panels do not re-render per move.
  const latest = useRef({
    input,
    settings,
    scopeInput,
    needBasis: view.needBasis,
    attribution: view.attribution,
  });
  useLayoutEffect(() => {
    latest.current = {
      input,
      settings,
      scopeInput,
      needBasis: view.needBasis,
      attribution: view.attribution,
    };
  });
  const currentInput = useCallback(() => latest.current.input, []);
  const currentApiInput = useCallback(
    () =>
      apiInput(
        latest.current.settings,
        latest.current.scopeInput,
        latest.current.needBasis,
        latest.current.attribution,
      ),
    [],
  );
  const onSaved = useCallback(
    (id: string, version: number) =>
      update({ params: { scenario: id, v: String(version), share: null, data: null } }),
    [update],
  );
  const onOpen = useCallback(
    (id: string) => {
      const clear = Object.fromEntries(SETTING_PARAMS.map((p) => [p, null]));
      applied.current = null;
      update({ params: { ...clear, scenario: id, v: null, share: null, data: null } });
    },
    [update],
  );
  const compareParam = view.params.compare ?? '';
  const compareIds = useMemo(() => compareParam.split(',').filter(Boolean), [compareParam]);
  const onCompare = useCallback(
    (ids: string[]) => update({ params: { compare: ids.join(',') || null } }),
    [update],
  );

  const issues = model.failure?.issues ?? NO_ISSUES;
  const illustrative = baselineFragment?.illustrative ?? false;
  const modified =
    savedSettings !== null &&
    (!recorded ||
      JSON.stringify({ ...settingsParams(settings), out: null }) !==
        JSON.stringify({ ...settingsParams(savedSettings), out: null }));
  const scopeText = describeScope(view.scope, names);
  const attribution = baselineFragment?.attribution ?? view.attribution;
  // Exports state the levers in words, not only through the link.
  const levers = leverSentence(leversOf(settings), attribution);
  const meta = useMemo((): Omit<ChartMeta, 'title'> => {
    const years = baselineFragment?.years;
    const baseText = !years
      ? '…'
      : years.from === years.to
        ? String(years.to)
        : `mean of ${years.from}–${years.to}`;
    return {
      needBasis: describeBaselineNeed(baselineFragment, view.needBasis),
      attribution: ATTRIBUTION_LABEL[attribution],
      scope: scopeText,
      illustrative,
      sources: (baselineFragment?.datasets ?? []).map((d) => ({
        name: d.name,
        illustrative: d.illustrative,
      })),
      notes: [
        `Levers: ${levers}.`,
        `Baseline: ${baseText}${recorded ? ', as recorded when the scenario was saved' : ''}.`,
        'Projected in your browser by the same model as the API’s runScenario.',
        ...fallbackNotes(baselineFragment?.need),
      ],
    };
  }, [baselineFragment, view.needBasis, attribution, levers, scopeText, illustrative, recorded]);
  const baselineError = recorded ? null : live.error;

  return (
    <>
      <PageIntro title="Scenario studio">
        <p>
          Model a reallocation: shift sex-only funding to labor-trafficking services, add new money,
          choose where it goes and invest in trauma-informed training, and see what it does to
          survivors served, unmet need and labor’s equity ratio over the years — with the
          uncertainty of every assumption shown.
        </p>
      </PageIntro>
      {parsed.problems.length > 0 && (
        <div className="notice" role="status">
          {parsed.problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
      {scenarioId && savedQ.error && (
        <ErrorState error={savedQ.error} what="saved scenario" onRetry={savedQ.retry} />
      )}
      {saved && (
        <div className="notice saved-note" role="status">
          <p>
            <strong>{saved.name}</strong>, version {saved.version} of {saved.latestVersion}, saved{' '}
            {new Date(saved.savedAt).toLocaleDateString()}
            {saved.ownerName ? ` by ${saved.ownerName}` : ''}.{' '}
            {recorded
              ? 'Shown on the data recorded when it was saved, so the numbers are the same as then.'
              : 'Shown on current data.'}
          </p>
          {recorded && saved.newerDataAvailable && (
            <>
              <p>{saved.newerDataNote}</p>
              <button type="button" onClick={() => update({ params: { data: 'current' } })}>
                Use current data
              </button>
            </>
          )}
          {view.params.data === 'current' && (
            <button type="button" onClick={() => update({ params: { data: null } })}>
              Back to the recorded data
            </button>
          )}
        </div>
      )}
      <div className="controls-bar">
        <RunSettings
          needBasis={view.needBasis}
          onNeedBasis={(b) => update({ needBasis: b })}
          attribution={view.attribution}
          onAttribution={(r) => update({ attribution: r })}
          settings={settings}
          onChange={change}
        />
        <Scope api={api} />
        <div className="field-row">
          <CopyLink />
        </div>
      </div>
      {/* Above the figures it qualifies: higher up, its late arrival pushed the controls down. */}
      {illustrative && <IllustrativeBanner importHref={api.hrefFor('import')} />}

      <div className="studio">
        <aside className="studio-levers" aria-labelledby="levers-title">
          <h2 id="levers-title">Levers</h2>
          <LeverControls
            settings={settings}
            onChange={change}
            sexBudget={baseline?.sex.budget.value ?? null}
            laborBudget={baseline?.labor.budget.value ?? null}
            issues={issues}
          />
          {model.failure && (
            <FormError look="inline" as="div">
              {model.failure.issues.length === 0 ? (
                <p>The model could not run: {model.failure.message}</p>
              ) : (
                <>
                  <p>The projection shown is for the last valid settings. To fix:</p>
                  <ul>
                    {model.failure.issues.map((i) => (
                      <li key={i.field}>{i.message}</li>
                    ))}
                  </ul>
                </>
              )}
            </FormError>
          )}
        </aside>

        <div className="studio-results">
          {baselineError ? (
            <ErrorState error={baselineError} what="baseline" onRetry={live.retry} />
          ) : !model.run ? (
            <Loading what="the projection" height={420} />
          ) : (
            <Results
              run={model.run}
              output={settings.output}
              draws={settings.draws}
              overrides={settings.overrides}
              issues={issues}
              meta={meta}
              baselineNotes={baselineFragment?.notes ?? NO_NOTES}
              onChange={change}
              currentInput={currentInput}
              goalSeek={model.goalSeek}
            />
          )}
        </div>
      </div>

      <SavedPanel
        open={saved}
        modified={modified}
        input={currentApiInput}
        onSaved={onSaved}
        onOpen={onOpen}
        compareIds={compareIds}
        onCompare={onCompare}
      />
      {saved && (
        <CreateBriefButton
          kind="SCENARIO"
          scope={scopeInput}
          dimension="FUNDING"
          needBasis={view.needBasis}
          attribution={view.attribution}
          scenarioIds={[saved.id]}
          unavailable={modified ? 'Save the changed levers as a new version first.' : null}
        />
      )}
      <section aria-labelledby="compare-title" className="compare-section">
        <h2 id="compare-title">Compare saved scenarios</h2>
        <ComparePanel ids={compareIds} />
        {compareIds.length >= 2 && (
          <CreateBriefButton
            kind="SCENARIO"
            scope={scopeInput}
            dimension="FUNDING"
            needBasis={view.needBasis}
            attribution={view.attribution}
            scenarioIds={compareIds}
          />
        )}
      </section>
    </>
  );
}
