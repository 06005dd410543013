/** Query variables of the current view, stable across renders while the view is unchanged. */
import { useMemo } from 'react';
import type {
  AttributionRule,
  NeedBasis,
  ResourceDimension,
  ScopeInput,
} from '../generated/graphql';
import { toScopeInput, type ViewState } from './viewState';

export interface MeasureVariables {
  scope: ScopeInput | null;
  dimension: ResourceDimension;
  needBasis: NeedBasis;
  attribution: AttributionRule;
}

export function useMeasureVariables(view: ViewState): MeasureVariables {
  const scopeKey = JSON.stringify(view.scope);
  return useMemo(
    () => ({
      scope: toScopeInput(view.scope),
      dimension: view.dimension,
      needBasis: view.needBasis,
      attribution: view.attribution,
    }),
    // scopeKey stands for view.scope.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scopeKey, view.dimension, view.needBasis, view.attribution],
  );
}
