/** What the analytics services need from a request: database, caller, deployment settings. */
import type { Knex } from 'knex';
import type { Viewer } from '../viewer';

export interface AnalyticsDeps {
  knex: Knex;
  viewer: Viewer;
  suppressionThreshold: number;
}
