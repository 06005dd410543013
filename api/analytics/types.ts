/** The analytics services' output types, used as codegen mappers for the GraphQL result types. */
import type { allocations, AllocationRowOut } from './allocations';
import type { equityBreakdown } from './breakdown';
import type { equity, equitySensitivity, equityTrend, NeedUsedOut } from './equity';

export type AllocationResultOut = Awaited<ReturnType<typeof allocations>>;
export type EquityResultOut = Awaited<ReturnType<typeof equity>>;
export type EquityTrendOut = Awaited<ReturnType<typeof equityTrend>>;
export type SensitivityGridOut = Awaited<ReturnType<typeof equitySensitivity>>;
export type SensitivityCellOut = SensitivityGridOut['cells'][number];
export type EquityBreakdownOut = Awaited<ReturnType<typeof equityBreakdown>>;
export type EquityBreakdownRowOut = EquityBreakdownOut['rows'][number];
export type { AllocationRowOut, NeedUsedOut };
