/**
 * How each resource dimension maps onto its table: the value summed, the type and year columns,
 * and which scope filters and groupings apply. Everything the analytics SQL needs to know.
 */
import type { ResourceDimension } from '../../../core/vocabulary';
import { T } from '../../db/tables';

export type ScopeFilter = 'funder' | 'recipient' | 'category' | 'state' | 'country';

export interface DimensionSpec {
  table: string;
  /** SQL expression of the amount, over alias r. */
  value: string;
  type: string;
  year: string;
  /** Declared labor share column for BOTH/UNSPECIFIED records, if the table has one. */
  laborShare: string | null;
  /** Columns of the scope filters that apply; absent filters are ignored and reported. */
  filters: Partial<Record<ScopeFilter, string>>;
}

export const DIMENSIONS: Record<ResourceDimension, DimensionSpec> = {
  FUNDING: {
    table: T.grants,
    value: 'r.amount_usd',
    type: 'r.trafficking_type',
    year: 'r.fiscal_year',
    laborShare: 'r.labor_share',
    filters: {
      funder: 'r.funder_id',
      recipient: 'r.recipient_id',
      category: 'r.service_category',
      state: 'r.us_state',
      country: 'r.country',
    },
  },
  TRAINING: {
    table: T.trainings,
    value: '(r.participants * r.hours)',
    type: 'r.type_focus',
    year: 'r.year',
    laborShare: null,
    filters: { recipient: 'r.provider_id', state: 'r.us_state', country: 'r.country' },
  },
  SERVICES: {
    table: T.serviceRecords,
    value: 'r.survivors_served',
    type: 'r.trafficking_type',
    year: 'r.year',
    laborShare: null,
    filters: { recipient: 'r.provider_id', state: 'r.us_state', country: 'r.country' },
  },
  RESEARCH: {
    table: T.researchOutputs,
    value: 'coalesce(r.output_count, 0)',
    type: 'r.type_focus',
    year: 'r.year',
    laborShare: null,
    filters: {},
  },
};
