/** Loads the seeds: the real reference figures always, the illustrative demo set unless disabled. */
import type { Knex } from 'knex';
import { seedDemo } from './demo';
import { seedReference } from './reference';

export interface SeedReport {
  referenceDatasets: number;
  demoLoaded: boolean;
}

/** Idempotent: sources already present are left as they are. One transaction. */
export async function runSeeds(knex: Knex, options: { demo: boolean }): Promise<SeedReport> {
  return knex.transaction(async (trx) => {
    const referenceDatasets = await seedReference(trx);
    const demoLoaded = options.demo ? await seedDemo(trx) : false;
    return { referenceDatasets, demoLoaded };
  });
}
