/**
 * The choropleth's geometry: US states from us-atlas projected with d3-geo's Albers USA
 * (Alaska, Hawaii and Puerto Rico inset) and fitted to the width. Pure given the topology.
 */
import { geoAlbersUsa, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { STATE_OF_FIPS, STATE_NAME } from '../../format/usStates';
import { formatAmount, formatRatio, formatShare } from '../../format/numbers';
import type { ResourceDimension } from '../../generated/graphql';
import { round } from '../layout/common';
import type { StateValue } from '../series/states';
import type { Frame, HoverMark } from '../types';

export interface PlacedState {
  code: string;
  name: string;
  d: string;
  fill: string | null;
  cx: number;
  cy: number;
}

export interface MapLayout {
  frame: Frame;
  states: PlacedState[];
  marks: HoverMark[];
}

export type StatesTopology = Topology<{ states: GeometryCollection<{ name: string }> }>;

export function stateFeatures(topology: StatesTopology): Feature<Geometry, { name: string }>[] {
  const fc = feature(topology, topology.objects.states) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  return fc.features;
}

export function layoutStateMap(
  features: Feature<Geometry, { name: string }>[],
  values: Map<string, StateValue>,
  width: number,
  dimension: ResourceDimension,
): MapLayout {
  const height = Math.round(width * 0.62);
  const projection = geoAlbersUsa();
  projection.fitSize([width, height], { type: 'FeatureCollection', features });
  const path = geoPath(projection);
  const states: PlacedState[] = [];
  const marks: HoverMark[] = [];
  for (const f of features) {
    const code = STATE_OF_FIPS.get(String(f.id)) ?? String(f.id);
    const d = path(f);
    if (!d) continue; // outside the projection (some territories)
    const [cx, cy] = path.centroid(f);
    const v = values.get(code);
    const name = STATE_NAME.get(code) ?? f.properties.name;
    states.push({ code, name, d, fill: v?.fill ?? null, cx: round(cx), cy: round(cy) });
    if (v)
      marks.push({
        key: code,
        x: round(cx),
        y: round(cy),
        title: name,
        lines:
          v.ratio === null
            ? [
                `Equity ratio: not computable (${v.reason ?? 'no data'})`,
                `Total: ${formatAmount(v.total, dimension)}`,
              ]
            : [
                `Labor equity ratio: ${formatRatio(v.ratio)}`,
                `Labor share of resources: ${formatShare(v.laborShare)}`,
                `Total: ${formatAmount(v.total, dimension)}`,
              ],
      });
  }
  // Keyboard order: west to east, then north to south.
  marks.sort((a, b) => a.x - b.x || a.y - b.y);
  return { frame: { width, height }, states, marks };
}
