/** Query fields over the catalog: health, datasets, organizations. */
import { listDatasets } from '../../data/datasets';
import { listNeedIndicators } from '../../data/needIndicators';
import { listOrganizations } from '../../data/organizations';
import { decodeCursor, pageSize, toPage } from '../../data/paging';
import { checkHealth } from '../../health';
import type { QueryResolvers } from '../generated/resolvers';
import { fromConfidence } from './enums';
import { parseId, parseIds } from './ids';

const DATASET_SORT = { NAME: 'name', VINTAGE: 'vintage', IMPORTED_AT: 'imported_at' } as const;
const ORG_SORT = { NAME: 'name', KIND: 'kind' } as const;
const NEED_SORT = { YEAR: 'year', BASIS: 'basis', VALUE: 'value' } as const;

export const catalogQueries: Pick<
  QueryResolvers,
  'health' | 'datasets' | 'dataset' | 'organizations' | 'needIndicators'
> = {
  health: async (_p, _a, ctx) => {
    const h = await checkHealth(ctx.db);
    return {
      status: h.status,
      database: h.database.kind,
      databaseReachable: h.database.reachable,
      migrationsApplied: h.migrations?.applied ?? 0,
      migrationsPending: h.migrations?.pending ?? [],
    };
  },
  datasets: async (_p, args, ctx) => {
    const size = pageSize(args.first, 50);
    const offset = decodeCursor(args.after);
    const { rows, total } = await listDatasets(ctx.knex, ctx.viewer, {
      illustrative: args.filter?.illustrative,
      confidence: args.filter?.confidence ? fromConfidence(args.filter.confidence) : null,
      search: args.filter?.search,
      sortField: DATASET_SORT[args.sort?.field ?? 'NAME'],
      sortDirection: args.sort?.direction === 'DESC' ? 'desc' : 'asc',
      offset,
      limit: size + 1,
    });
    return toPage(rows, offset, size, total);
  },
  dataset: (_p, args, ctx) => ctx.loaders.dataset.load(parseId('id', args.id)),
  organizations: async (_p, args, ctx) => {
    const size = pageSize(args.first, 50);
    const offset = decodeCursor(args.after);
    const { rows, total } = await listOrganizations(ctx.knex, ctx.viewer, {
      kinds: args.filter?.kinds,
      search: args.filter?.search,
      usState: args.filter?.usState,
      sortField: ORG_SORT[args.sort?.field ?? 'NAME'],
      sortDirection: args.sort?.direction === 'DESC' ? 'desc' : 'asc',
      offset,
      limit: size + 1,
    });
    return toPage(rows, offset, size, total);
  },
  needIndicators: async (_p, args, ctx) => {
    const size = pageSize(args.first, 100);
    const offset = decodeCursor(args.after);
    const f = args.filter;
    const { rows, total } = await listNeedIndicators(ctx.knex, ctx.viewer, {
      bases: f?.bases,
      yearFrom: f?.yearFrom,
      yearTo: f?.yearTo,
      geographies: f?.geographies,
      datasetIds: f?.datasetIds ? parseIds('filter.datasetIds', f.datasetIds) : null,
      sortField: NEED_SORT[args.sort?.field ?? 'YEAR'],
      sortDirection: args.sort?.direction === 'DESC' ? 'desc' : 'asc',
      offset,
      limit: size + 1,
    });
    return toPage(rows, offset, size, total);
  },
};
