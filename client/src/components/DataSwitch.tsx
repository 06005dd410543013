/**
 * The "Real data only" switch, on every page and in the link (`data=real`), and a sentence that
 * says which data the figures rest on: with real resource data in view the illustrative demo is
 * left out by default, so imported data replaces it rather than being added to it.
 */
import { useMemo } from 'react';
import { DATA_SELECTION } from '../api/operations';
import { useQuery } from '../api/useQuery';
import type { ViewStateApi } from '../state/useViewState';
import { toScopeInput } from '../state/viewState';

export function DataSwitch({ api }: { api: ViewStateApi }) {
  const { scope } = api.view;
  const scopeKey = JSON.stringify(scope);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const vars = useMemo(() => ({ scope: toScopeInput(scope) }), [scopeKey]);
  const q = useQuery(DATA_SELECTION, vars);
  const realOnly = scope.illustrativeData === 'EXCLUDE';
  return (
    <div className="data-switch" role="group" aria-label="Which data">
      <label>
        <input
          type="checkbox"
          name="real-data-only"
          checked={realOnly}
          onChange={(e) =>
            api.update({ scope: { illustrativeData: e.target.checked ? 'EXCLUDE' : 'AUTO' } })
          }
        />{' '}
        Real data only
      </label>{' '}
      <span className="data-switch-status" role="status" aria-live="polite">
        {q.data?.dataSelection.explanation ?? ''}
      </span>
    </div>
  );
}
