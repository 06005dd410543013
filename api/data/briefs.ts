/**
 * Stored briefs: one row each, with the content frozen when it was made and the recommendations
 * its authors wrote. Functions take the knex or transaction first.
 */
import type { Knex } from 'knex';
import { T } from '../db/tables';

export interface DbBrief {
  id: string;
  organization_id: number;
  created_by: number | null;
  kind: 'OVERVIEW' | 'EQUITY' | 'FUNDERS' | 'SCENARIO';
  title: string;
  view: unknown;
  content: unknown;
  recommendations: unknown;
  scenario_id: string | null;
  scenario_version: number | null;
  data_vintages: unknown;
  app_version: string;
  created_at: Date;
  updated_at: Date;
}

export type DbInsertBrief = Omit<DbBrief, 'id' | 'created_at' | 'updated_at'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** JSON columns are written as text: knex would write a top-level array as a Postgres array. */
const json = (v: unknown) => JSON.stringify(v);

export async function insertBrief(knex: Knex, row: DbInsertBrief): Promise<DbBrief> {
  const [out] = await knex(T.briefs)
    .insert({
      ...row,
      view: json(row.view),
      content: json(row.content),
      recommendations: json(row.recommendations),
      data_vintages: json(row.data_vintages),
    })
    .returning<DbBrief[]>('*');
  return out!;
}

/** A brief by id, or undefined (a malformed id cannot exist: no query is made). */
export async function briefById(knex: Knex, id: string): Promise<DbBrief | undefined> {
  if (!UUID.test(id)) return undefined;
  return knex(T.briefs).where('id', id).first<DbBrief | undefined>('*');
}

export async function setBriefRecommendations(
  knex: Knex,
  id: string,
  recommendations: unknown,
): Promise<DbBrief> {
  const [out] = await knex(T.briefs)
    .where('id', id)
    .update({ recommendations: json(recommendations), updated_at: knex.fn.now() })
    .returning<DbBrief[]>('*');
  return out!;
}

/** An organization's briefs, newest first. */
export async function briefsOfOrganization(
  knex: Knex,
  organizationId: number,
  limit: number,
): Promise<DbBrief[]> {
  return knex(T.briefs)
    .where('organization_id', organizationId)
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(limit)
    .select<DbBrief[]>('*');
}
