/** The per-request GraphQL context: database, configuration, caller, and per-request loaders. */
import DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import type { Knex } from 'knex';
import { RequestMemo } from './analytics/memo';
import { createSignInCounters, type SignInCounters } from './auth/backoff';
import type { Config } from './config';
import { datasetsByIds, recordCountsByDataset, type RecordCounts } from './data/datasets';
import { organizationsByIds } from './data/organizations';
import { displayNamesByIds } from './data/scenarios/store';
import type { Db } from './db/connection';
import type { DbDataset, DbOrganization } from './db/tables';
import type { Logger } from './logger';
import type { Viewer } from './viewer';

export interface Loaders {
  dataset: DataLoader<number, DbDataset | null>;
  organization: DataLoader<number, DbOrganization | null>;
  recordCounts: DataLoader<number, RecordCounts>;
  /** Users' display names (scenario owners), one query for a whole list. */
  userName: DataLoader<number, string | null>;
}

export interface GraphQLContext {
  knex: Knex;
  db: Db;
  config: Config;
  logger: Logger;
  viewer: Viewer;
  loaders: Loaders;
  /** Analytics groundwork shared by the fields of this request (api/analytics/memo.ts). */
  memo: RequestMemo;
  /** The HTTP exchange (to read and set the session cookie); null outside HTTP (tests). */
  http: HttpExchange | null;
  /** Failed sign-in counters per client address and unknown email (one set per app). */
  signInCounters: SignInCounters;
}

export interface HttpExchange {
  req: Request;
  res: Response;
}

/** Loaders are made per request so that no cached row outlives the caller's permissions. */
export function createLoaders(knex: Knex, viewer: Viewer): Loaders {
  return {
    dataset: new DataLoader((ids) => datasetsByIds(knex, viewer, ids)),
    organization: new DataLoader((ids) => organizationsByIds(knex, ids)),
    recordCounts: new DataLoader((ids) => recordCountsByDataset(knex, ids)),
    userName: new DataLoader((ids) => displayNamesByIds(knex, ids)),
  };
}

export function createContext(
  deps: { db: Db; config: Config; logger: Logger; signInCounters?: SignInCounters },
  viewer: Viewer,
  http: HttpExchange | null = null,
): GraphQLContext {
  return {
    knex: deps.db.knex,
    db: deps.db,
    config: deps.config,
    logger: deps.logger,
    viewer,
    loaders: createLoaders(deps.db.knex, viewer),
    memo: new RequestMemo(),
    http,
    signInCounters: deps.signInCounters ?? createSignInCounters(),
  };
}
