/** What the analytics services need from a request: database, caller, deployment settings. */
import type { Knex } from 'knex';
import type { Viewer } from '../viewer';
import type { RequestMemo } from './memo';

export interface AnalyticsDeps {
  knex: Knex;
  viewer: Viewer;
  suppressionThreshold: number;
  /** Work shared between the fields of one request (absent: nothing is shared). */
  memo?: RequestMemo;
}
