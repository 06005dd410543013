/**
 * The references of grants, checked per statement by triggers (migration
 * 20261129013200_grant_references_set_based) instead of per-row foreign keys, keep the foreign
 * keys' guarantees: a grant naming a missing dataset, funder or recipient is refused by the old
 * constraint's name, in a multi-row statement too; deleting a dataset deletes its grants (and
 * their rollups); deleting or renumbering a named organization or dataset is refused, as is
 * TRUNCATE; and a delete outside READ COMMITTED is refused. A concurrent delete waits for the
 * inserting transaction and then finds its grants (PostgreSQL only: two connections).
 */
import type { Knex } from 'knex';
import { beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../helpers/db';

interface Ids {
  dataset: number;
  funder: number;
  recipient: number;
  unused: number;
}

async function failure(work: Promise<unknown>): Promise<{ code?: string; constraint?: string }> {
  return work.then(
    () => {
      throw new Error('the statement was accepted');
    },
    (e: { code?: string; constraint?: string }) => e,
  );
}

/** Runs `work` in a transaction that is always rolled back. */
async function rolledBack(knex: Knex, work: (trx: Knex.Transaction) => Promise<unknown>) {
  await knex
    .transaction(async (trx) => {
      await work(trx);
      throw new Error('__rollback__');
    })
    .catch((err: Error) => {
      if (err.message !== '__rollback__') throw err;
    });
}

describeEachBackend('references of grants', (db) => {
  let ids: Ids;
  const grant = (n: number, change: Record<string, unknown> = {}) => ({
    dataset_id: ids.dataset,
    funder_id: ids.funder,
    recipient_id: ids.recipient,
    fiscal_year: 2020,
    amount_usd: 100,
    trafficking_type: 'LABOR',
    row_hash: `ref-${n}`,
    ...change,
  });

  beforeAll(async () => {
    const knex = db().knex;
    const orgs = await knex('organizations')
      .insert([
        { slug: 'ref-funder', name: 'Ref Funder', kind: 'FUNDER' },
        { slug: 'ref-recipient', name: 'Ref Recipient', kind: 'PROVIDER' },
        { slug: 'ref-unused', name: 'Ref Unused', kind: 'PROVIDER' },
      ])
      .returning<{ id: number }[]>('id');
    const [ds] = await knex('datasets')
      .insert({ slug: 'ref', name: 'Ref', source: 'S', citation: 'C', confidence: 'primary' })
      .returning<{ id: number }[]>('id');
    ids = { dataset: ds!.id, funder: orgs[0]!.id, recipient: orgs[1]!.id, unused: orgs[2]!.id };
  });

  it('refuses a grant naming a missing dataset, funder or recipient, by constraint name', async () => {
    const knex = db().knex;
    for (const [change, constraint] of [
      [{ dataset_id: 999999 }, 'grants_dataset_id_foreign'],
      [{ funder_id: 999999 }, 'grants_funder_id_foreign'],
      [{ recipient_id: 999999 }, 'grants_recipient_id_foreign'],
    ] as const) {
      // One bad row among valid ones fails the whole statement.
      const error = await failure(knex('grants').insert([grant(1), grant(2, change), grant(3)]));
      expect(error.code).toBe('23503');
      expect(error.constraint).toBe(constraint);
    }
    expect(Number((await knex('grants').count({ n: '*' }))[0]!.n)).toBe(0);
    // No recipient is allowed, as before.
    await rolledBack(knex, (trx) => trx('grants').insert(grant(4, { recipient_id: null })));
  });

  it('refuses an update that points a grant at a missing organization', async () => {
    const knex = db().knex;
    await knex('grants').insert([grant(10), grant(11)]);
    const error = await failure(
      knex('grants').where({ row_hash: 'ref-11' }).update({ recipient_id: 999999 }),
    );
    expect(error.constraint).toBe('grants_recipient_id_foreign');
    await knex('grants').whereIn('row_hash', ['ref-10', 'ref-11']).delete();
  });

  it('refuses to delete or renumber a named organization, allows an unnamed one', async () => {
    const knex = db().knex;
    await knex('grants').insert(grant(20));
    const funder = await failure(knex('organizations').where({ id: ids.funder }).delete());
    expect(funder.constraint).toBe('grants_funder_id_foreign');
    const recipient = await failure(knex('organizations').where({ id: ids.recipient }).delete());
    expect(recipient.constraint).toBe('grants_recipient_id_foreign');
    const renumbered = await failure(
      knex('organizations').where({ id: ids.recipient }).update({ id: 888888 }),
    );
    expect(renumbered.constraint).toBe('grants_recipient_id_foreign');
    // Other columns of a named organization change freely.
    await knex('organizations').where({ id: ids.funder }).update({ name: 'Ref Funder (renamed)' });
    await rolledBack(knex, (trx) => trx('organizations').where({ id: ids.unused }).delete());
    const truncate = await failure(knex.raw('TRUNCATE organizations CASCADE'));
    expect(truncate.code).toBe('0A000');
    await knex('grants').where({ row_hash: 'ref-20' }).delete();
  });

  it('deletes the grants and rollups of a deleted dataset; refuses to renumber a named one', async () => {
    const knex = db().knex;
    const [other] = await knex('datasets')
      .insert({ slug: 'ref-2', name: 'Ref 2', source: 'S', citation: 'C', confidence: 'primary' })
      .returning<{ id: number }[]>('id');
    await knex('grants').insert([
      grant(30, { dataset_id: other!.id }),
      grant(31, { dataset_id: other!.id }),
      grant(32),
    ]);
    const renumbered = await failure(
      knex('datasets').where({ id: other!.id }).update({ id: 777777 }),
    );
    // grant_rollups' own foreign key to datasets may refuse first: a refusal either way.
    expect(renumbered.code).toBe('23503');
    expect(renumbered.constraint).toMatch(/^grants?_(rollups_)?dataset_id_foreign$/);
    await knex('datasets').where({ id: other!.id }).delete();
    const left = await knex('grants').whereIn('row_hash', ['ref-30', 'ref-31', 'ref-32']);
    expect(left.map((g: { row_hash: string }) => g.row_hash)).toEqual(['ref-32']);
    const rollups = await knex('grant_rollups').where({ dataset_id: other!.id });
    expect(rollups).toEqual([]);
    await knex('grants').where({ row_hash: 'ref-32' }).delete();
  });

  it('refuses a delete of a named organization outside READ COMMITTED', async () => {
    const knex = db().knex;
    await knex('grants').insert(grant(40));
    const error = await failure(
      knex.transaction(async (trx) => {
        await trx.raw('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
        await trx('organizations').where({ id: ids.funder }).delete();
      }),
    );
    expect(error.code).toBe('0A000');
    await knex('grants').where({ row_hash: 'ref-40' }).delete();
  });

  it('makes a concurrent delete wait for the insert and then refuse (PostgreSQL)', async () => {
    if (db().kind !== 'postgres') return; // one connection: nothing runs concurrently
    const knex = db().knex;
    const [late] = await knex('organizations')
      .insert({ slug: 'ref-late', name: 'Ref Late', kind: 'PROVIDER' })
      .returning<{ id: number }[]>('id');
    let deleteResult: Promise<{ code?: string; constraint?: string }> | undefined;
    await knex.transaction(async (trx) => {
      await trx('grants').insert(grant(50, { recipient_id: late!.id }));
      // The insert holds a key-share lock on the organization: this delete waits for the commit.
      deleteResult = failure(knex('organizations').where({ id: late!.id }).delete());
      await new Promise((r) => setTimeout(r, 300));
    });
    const error = await deleteResult!;
    expect(error.constraint).toBe('grants_recipient_id_foreign');
    await knex('grants').where({ row_hash: 'ref-50' }).delete();
  });
});
