/**
 * The US state choropleth, in a chunk of its own (React.lazy): the atlas (us-atlas states-10m,
 * about 115 kB), topojson-client and d3-geo load only when a map is shown.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ResourceDimension } from '../../generated/graphql';
import { PlotArea } from '../PlotArea';
import type { StateValue } from '../series/states';
import { layoutStateMap, stateFeatures, type StatesTopology } from './layoutMap';
import { StateMapSvg } from './StateMapSvg';

export interface StateMapProps {
  values: Map<string, StateValue>;
  width: number;
  idPrefix: string;
  title: string;
  summary: string;
  dimension: ResourceDimension;
}

type Features = ReturnType<typeof stateFeatures>;

let atlas: Promise<Features> | null = null;
function loadAtlas(): Promise<Features> {
  atlas ??= import('us-atlas/states-10m.json').then((m) =>
    stateFeatures(m.default as unknown as StatesTopology),
  );
  return atlas;
}

export default function StateMap({
  values,
  width,
  idPrefix,
  title,
  summary,
  dimension,
}: StateMapProps) {
  const [features, setFeatures] = useState<Features | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadAtlas().then(
      (f) => live && setFeatures(f),
      () =>
        live &&
        setError('The map outline could not be loaded. Reload the page, or use “Show as table”.'),
    );
    return () => {
      live = false;
    };
  }, []);
  const layout = useMemo(
    () => (features ? layoutStateMap(features, values, width, dimension) : null),
    [features, values, width, dimension],
  );
  if (error) return <p role="alert">{error}</p>;
  if (!layout)
    return (
      <div className="status status-loading" role="status">
        Loading the map…
      </div>
    );
  return (
    <PlotArea label={title} marks={layout.marks} width={width}>
      {(active, setActive) => (
        <StateMapSvg
          idPrefix={idPrefix}
          title={title}
          description={summary}
          layout={layout}
          activeKey={active}
          onActivate={setActive}
        />
      )}
    </PlotArea>
  );
}
