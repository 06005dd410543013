/**
 * The import pipeline against a real database (embedded, and PostgreSQL with TEST_DATABASE_URL):
 * what is written, what is refused, and that a refused file changes nothing.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { getJob } from '../../../api/import/jobs';
import { rejectedCsv } from '../../../api/import/rejected';
import { describeEachBackend } from '../../helpers/db';
import { GRANT_HEADER, importText, tableCounts } from './helpers';

const GRANTS = [
  GRANT_HEADER,
  'G-1,Example Foundation,Helping Hands,2022,"120,000.50",LABOR,,LEGAL,US,CA,Legal aid',
  'G-2,example  foundation,Safe Harbor,2023,80000,BOTH,0.25,HOUSING,US,TX,"Shelter, and',
  'case management"',
  ',State Agency,,2023,5000,SEX,,,US,,',
].join('\r\n');

async function collect(gen: AsyncGenerator<string>): Promise<string> {
  let out = '';
  for await (const chunk of gen) out += chunk;
  return out;
}

describeEachBackend('import of grants', (db) => {
  it('commits every row of a valid file, matching organizations by name whatever the case', async () => {
    const result = await importText(db(), 'grants', GRANTS, {
      datasetName: 'Foundation grants 2022-23',
      fileName: 'grants.csv',
      provenance: () => ({
        source: 'Example Foundation',
        citation: 'Example Foundation grants list, 2024.',
        license: 'CC BY 4.0',
      }),
    });
    expect(result.status).toBe('succeeded');
    expect(result.counts).toEqual({
      total: 3,
      valid: 3,
      rejected: 0,
      notAboutTrafficking: 0,
      inserted: 3,
      updated: 0,
      unchanged: 0,
    });
    // "Example Foundation" and "example  foundation" are one funder; plus State Agency, and two recipients.
    expect(result.organizationsCreated).toBe(4);
    const rows = await db()
      .knex('grants as g')
      .join('organizations as f', 'f.id', 'g.funder_id')
      .leftJoin('organizations as r', 'r.id', 'g.recipient_id')
      .where('g.dataset_id', result.dataset!.id)
      .orderBy('g.fiscal_year')
      .orderBy('g.amount_usd')
      .select(
        'g.external_id',
        'f.name as funder',
        'f.kind as funder_kind',
        'r.name as recipient',
        'r.kind as recipient_kind',
        'g.fiscal_year',
        'g.amount_usd',
        'g.trafficking_type',
        'g.labor_share',
        'g.service_category',
        'g.us_state',
        'g.description',
      );
    expect(
      rows.map((r) => ({
        ...r,
        amount_usd: Number(r.amount_usd),
        labor_share: r.labor_share === null ? null : Number(r.labor_share),
      })),
    ).toEqual([
      {
        external_id: 'G-1',
        funder: 'Example Foundation',
        funder_kind: 'FUNDER',
        recipient: 'Helping Hands',
        recipient_kind: 'PROVIDER',
        fiscal_year: 2022,
        amount_usd: 120000.5,
        trafficking_type: 'LABOR',
        labor_share: null,
        service_category: 'LEGAL',
        us_state: 'CA',
        description: 'Legal aid',
      },
      {
        external_id: null,
        funder: 'State Agency',
        funder_kind: 'FUNDER',
        recipient: null,
        recipient_kind: null,
        fiscal_year: 2023,
        amount_usd: 5000,
        trafficking_type: 'SEX',
        labor_share: null,
        service_category: 'OTHER',
        us_state: null,
        description: null,
      },
      {
        external_id: 'G-2',
        funder: 'Example Foundation',
        funder_kind: 'FUNDER',
        recipient: 'Safe Harbor',
        recipient_kind: 'PROVIDER',
        fiscal_year: 2023,
        amount_usd: 80000,
        trafficking_type: 'BOTH',
        labor_share: 0.25,
        service_category: 'HOUSING',
        us_state: 'TX',
        description: 'Shelter, and\r\ncase management',
      },
    ]);
    const dataset = await db().knex('datasets').where({ id: result.dataset!.id }).first();
    expect(dataset).toMatchObject({
      name: 'Foundation grants 2022-23',
      source: 'Example Foundation',
      citation: 'Example Foundation grants list, 2024.',
      license: 'CC BY 4.0',
      vintage: 2023,
      data_period: '2022–2023',
      visibility: 'public',
      is_illustrative: false,
    });
    const job = await getJob(db().knex, result.jobId);
    expect(job).toMatchObject({
      status: 'succeeded',
      file_name: 'grants.csv',
      dataset_id: result.dataset!.id,
      rows_total: 3,
      rows_inserted: 3,
    });
    expect(job!.file_sha256).toMatch(/^[0-9a-f]{64}$/);
    const audit = await db()
      .knex('audit_log')
      .where({ action: 'import', entity_id: String(result.dataset!.id) });
    expect(audit).toHaveLength(1);
  });

  it('is a no-op when the same file is imported again', async () => {
    const before = await tableCounts(db());
    const corrections = await db()
      .knex('audit_log')
      .where({ action: 'correction' })
      .count<{ n: number }[]>({ n: '*' });
    const result = await importText(db(), 'grants', GRANTS, {
      datasetName: 'foundation GRANTS 2022-23',
    });
    expect(result.counts).toEqual({
      total: 3,
      valid: 3,
      rejected: 0,
      notAboutTrafficking: 0,
      inserted: 0,
      updated: 0,
      unchanged: 3,
    });
    expect(result.dataset!.name).toBe('Foundation grants 2022-23');
    expect(await tableCounts(db())).toEqual(before);
    const after = await db()
      .knex('audit_log')
      .where({ action: 'correction' })
      .count<{ n: number }[]>({ n: '*' });
    expect(Number(after[0]!.n)).toBe(Number(corrections[0]!.n));
  });

  it('updates a changed row in place and audits the change', async () => {
    const changed = GRANTS.replace('"120,000.50",LABOR', '125000,LABOR');
    const result = await importText(db(), 'grants', changed, {
      datasetName: 'Foundation grants 2022-23',
    });
    expect(result.counts).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    const grant = await db().knex('grants').where({ external_id: 'G-1' }).first();
    expect(Number(grant.amount_usd)).toBe(125000);
    const audit = await db()
      .knex('audit_log')
      .where({ action: 'correction', entity: 'grants', entity_id: String(grant.id) })
      .first();
    const details = typeof audit.details === 'string' ? JSON.parse(audit.details) : audit.details;
    expect(details.job_id).toBe(result.jobId);
    expect(Number(details.before.amount_usd)).toBe(120000.5);
    expect(Number(details.after.amount_usd)).toBe(125000);
    expect(Object.keys(details.before)).toEqual(['amount_usd']);
  });

  it('a dry run counts what would happen and writes nothing', async () => {
    const before = await tableCounts(db());
    const result = await importText(
      db(),
      'grants',
      `${GRANT_HEADER}\nG-9,New Funder,New Org,2024,10,SEX,,,US,,`,
      { datasetName: 'Dry', dryRun: true },
    );
    expect(result).toMatchObject({
      status: 'succeeded',
      dryRun: true,
      dataset: null,
      organizationsCreated: 2,
    });
    expect(result.counts).toEqual({
      total: 1,
      valid: 1,
      rejected: 0,
      notAboutTrafficking: 0,
      inserted: 1,
      updated: 0,
      unchanged: 0,
    });
    expect(result.preview[0]).toMatchObject({
      line: 2,
      grant_id: 'G-9',
      amount_usd: 10,
      error: null,
    });
    expect(await tableCounts(db())).toEqual(before);
  });

  const MALFORMED: [string, string | Buffer, RegExp][] = [
    [
      'bad quoting',
      `${GRANT_HEADER}\nG-1,Fund "A",Org,2020,1,SEX,,,US,,\n`,
      /line 2 has a double quote/,
    ],
    [
      'wrong column names',
      'grant_id,fundr,fiscal_year,amount,trafficking_type\nG,F,2020,1,SEX\n',
      /"fundr" is not one Fairshare knows; did you mean "funder"\?/,
    ],
    [
      'negative amount',
      `${GRANT_HEADER}\nG-1,Fund,Org,2020,-100,SEX,,,US,,\n`,
      /^amount_usd must be zero or more \(got -100\)\.$/,
    ],
    [
      'unknown type',
      `${GRANT_HEADER}\nG-1,Fund,Org,2020,100,TRAFFICKING,,,US,,\n`,
      /^trafficking_type must be one of LABOR, SEX, BOTH, UNSPECIFIED \(got "TRAFFICKING"\)\.$/,
    ],
    [
      'year 1066',
      `${GRANT_HEADER}\nG-1,Fund,Org,1066,100,SEX,,,US,,\n`,
      /^fiscal_year must be a year from 1990 to next year, \d{4} \(got 1066\)\.$/,
    ],
    ['empty file', '', /The file is empty/],
    ['header only', `${GRANT_HEADER}\n`, /header but no rows/],
    [
      'binary garbage',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      /not a CSV text file/,
    ],
  ];
  for (const [name, content, message] of MALFORMED) {
    it(`refuses a file with ${name} precisely and changes nothing`, async () => {
      const before = await tableCounts(db());
      const result = await importText(db(), 'grants', content, {
        datasetName: `Malformed ${name}`,
      });
      expect(result.status).toBe('rejected');
      expect(result.errors.some((e) => message.test(e.message))).toBe(true);
      expect(result.errors[0]!.line).toBeGreaterThanOrEqual(1);
      expect(await tableCounts(db())).toEqual(before);
    });
  }

  it('refuses a file with a 50 MB field and changes nothing', async () => {
    function* file() {
      yield Buffer.from(`${GRANT_HEADER}\nG-1,Fund,Org,2020,1,SEX,,,US,,"`);
      const block = Buffer.alloc(1024 * 1024, 'y');
      for (let i = 0; i < 50; i++) yield block;
      yield Buffer.from('"\n');
    }
    const before = await tableCounts(db());
    const result = await importText(db(), 'grants', '', {
      datasetName: 'Huge',
      input: Readable.from(file()),
    } as never);
    expect(result.status).toBe('rejected');
    expect(result.errors[0]).toMatchObject({ line: 2 });
    expect(result.errors[0]!.message).toContain('longer than 1,000,000 characters');
    expect(await tableCounts(db())).toEqual(before);
  });

  it('with valid rows only, commits those and keeps the rejected ones with their errors, injection-safe', async () => {
    const file = [
      GRANT_HEADER,
      'V-1,Fund V,Org V,2021,100,SEX,,,US,,',
      'V-2,"=HYPERLINK(""http://evil"")",Org V,1066,100,SEX,,,US,,',
      'V-3,Fund V,Org V,2021,200,LABOR,,,US,,',
      'V-1,Fund V,Org V,2021,999,SEX,,,US,,',
    ].join('\n');
    const allOrNothing = await importText(db(), 'grants', file, { datasetName: 'Partial' });
    expect(allOrNothing.status).toBe('rejected');
    expect(allOrNothing.counts).toEqual({
      total: 4,
      valid: 2,
      rejected: 2,
      notAboutTrafficking: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
    });
    expect(await db().knex('datasets').where({ name: 'Partial' })).toHaveLength(0);

    const result = await importText(db(), 'grants', file, {
      datasetName: 'Partial',
      validOnly: true,
    });
    expect(result.status).toBe('succeeded');
    expect(result.counts).toEqual({
      total: 4,
      valid: 2,
      rejected: 2,
      notAboutTrafficking: 0,
      inserted: 2,
      updated: 0,
      unchanged: 0,
    });
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'fiscal_year'],
      [5, null],
    ]);
    expect(result.errors[1]!.message).toBe(
      'This grant id was already used on line 2; each id may appear only once in a file.',
    );
    const amounts = await db()
      .knex('grants')
      .where({ dataset_id: result.dataset!.id })
      .orderBy('external_id')
      .select('external_id', 'amount_usd');
    expect(amounts.map((a) => [a.external_id, Number(a.amount_usd)])).toEqual([
      ['V-1', 100],
      ['V-3', 200],
    ]);
    const csv = await collect(rejectedCsv(db().knex, (await getJob(db().knex, result.jobId))!));
    const lines = csv.split('\r\n');
    expect(lines[2]).toBe(`${GRANT_HEADER},error`);
    expect(lines[3]).toBe(
      `V-2,"'=HYPERLINK(""http://evil"")",Org V,1066,100,SEX,,,US,,,"fiscal_year must be a year from 1990 to next year, ${new Date().getUTCFullYear() + 1} (got 1066)."`,
    );
    // A row found repeated in SQL is written back from its checked values (999.00, category OTHER).
    expect(lines[4]).toBe(
      'V-1,Fund V,Org V,2021,999.00,SEX,,OTHER,US,,,"This grant id was already used on line 2; each id may appear only once in a file."',
    );
  });

  it('a rejected-rows file, fixed, imports the values it was made from (the formula guard is removed)', async () => {
    const file = [
      GRANT_HEADER,
      'R-1,"=HYPERLINK(""http://evil"")",@Org R,1066,100,SEX,,,US,,-2+3',
      "R-2,Fund R,'Quoted Org,1066,100,SEX,,,US,,",
    ].join('\n');
    const first = await importText(db(), 'grants', file, { datasetName: 'Round trip' });
    expect(first.counts.rejected).toBe(2);
    const exported = await collect(rejectedCsv(db().knex, (await getJob(db().knex, first.jobId))!));
    // The export guards the three formula-like cells with one apostrophe each.
    expect(exported.split('\r\n')[3]).toBe(
      `R-1,"'=HYPERLINK(""http://evil"")","'@Org R",1066,100,SEX,,,US,,"'-2+3","fiscal_year must be a year from 1990 to next year, ${new Date().getUTCFullYear() + 1} (got 1066)."`,
    );
    // Fix the year as a person would, leave the rest as exported, and import it again.
    const fixed = exported.replaceAll(',1066,', ',2021,');
    const again = await importText(db(), 'grants', fixed, { datasetName: 'Round trip' });
    expect(again.counts).toMatchObject({ total: 2, valid: 2, inserted: 2 });
    const rows = await db()
      .knex('grants as g')
      .join('organizations as f', 'f.id', 'g.funder_id')
      .join('organizations as r', 'r.id', 'g.recipient_id')
      .where('g.dataset_id', again.dataset!.id)
      .orderBy('g.external_id')
      .select('g.external_id', 'f.name as funder', 'r.name as recipient', 'g.description');
    expect(rows).toEqual([
      {
        external_id: 'R-1',
        funder: '=HYPERLINK("http://evil")',
        recipient: '@Org R',
        description: '-2+3',
      },
      // An apostrophe that guards nothing is data, and stays.
      { external_id: 'R-2', funder: 'Fund R', recipient: "'Quoted Org", description: null },
    ]);
  });

  it('reads semicolon files with decimal commas', async () => {
    const file = `${GRANT_HEADER.replace(/,/g, ';')}\nS-1;Fonds Européen;Asso;2022;1234,56;LABOR;;;FR;;\n`;
    const result = await importText(db(), 'grants', file, { datasetName: 'Semicolons' });
    expect(result.counts.inserted).toBe(1);
    const grant = await db().knex('grants').where({ external_id: 'S-1' }).first();
    expect([Number(grant.amount_usd), grant.country]).toEqual([1234.56, 'FR']);
  });

  it('refuses to add real rows to an illustrative demo dataset', async () => {
    await db().knex('datasets').insert({
      slug: 'demo-x',
      name: 'Demo X',
      source: 's',
      citation: 'c',
      confidence: 'illustrative',
      is_illustrative: true,
    });
    await expect(importText(db(), 'grants', GRANTS, { datasetName: 'demo x' })).rejects.toThrow(
      /illustrative demo data/,
    );
  });
});

describeEachBackend('import of other kinds', (db) => {
  it('imports published need figures as they are, ALL as the non-labor remainder (the seed rules)', async () => {
    const file = fs.readFileSync(
      new URL('../../../seeds/data/reference-figures.csv', import.meta.url),
    );
    const result = await importText(db(), 'need_indicators', file, {
      datasetName: 'Reference figures',
    });
    expect(result.status).toBe('succeeded');
    // 58 rows: 52 need figures and 6 literature counts.
    expect(result.counts).toEqual({
      total: 58,
      valid: 58,
      rejected: 0,
      notAboutTrafficking: 0,
      inserted: 58,
      updated: 0,
      unchanged: 0,
    });
    const id = result.dataset!.id;
    const prosecutions = await db()
      .knex('need_indicators')
      .where({ dataset_id: id, basis: 'PROSECUTIONS', year: 2007, trafficking_type: 'NON_LABOR' })
      .first();
    // 2007: 5,682 prosecutions in all, 490 for labor trafficking: 5,682 - 490 = 5,192 non-labor.
    expect([Number(prosecutions.value), Number(prosecutions.published_total)]).toEqual([
      5192, 5682,
    ]);
    const literature = await db()
      .knex('research_outputs')
      .where({ dataset_id: id, year: 2017, type_focus: 'UNSPECIFIED' })
      .first();
    // Sweileh 2017: 2,044 documents, 616 on labor and 771 on sex trafficking: 2,044 - 616 - 771 = 657 others.
    expect(Number(literature.output_count)).toBe(657);
    const again = await importText(db(), 'need_indicators', file, {
      datasetName: 'Reference figures',
    });
    expect(again.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 58 });
  });

  it('refuses a published total without its labor figure, naming the line', async () => {
    const file =
      'indicator,basis,geography,year,trafficking_type,value,unit,source_title,publisher,source_url,confidence,note\nx,PROSECUTIONS,WORLD,2020,ALL,100,prosecutions,T,P,,primary,\n';
    const result = await importText(db(), 'need_indicators', file, { datasetName: 'No labor' });
    expect(result.status).toBe('rejected');
    expect(result.errors[0]).toMatchObject({ line: 2, column: 'trafficking_type' });
    expect(result.errors[0]!.message).toContain(
      'needs the LABOR figure of the same basis, geography and year',
    );
  });

  it('imports trainings, service records and research outputs', async () => {
    const trainings = await importText(
      db(),
      'trainings',
      'training_id,provider,year,type_focus,audience,participants,hours,country,us_state\nT-1,TTA Center,2023,LABOR,law enforcement,40,6,US,OH\n',
      { datasetName: 'Trainings' },
    );
    const services = await importText(
      db(),
      'service_records',
      'record_id,provider,year,trafficking_type,survivors_served,capacity,declined_or_waitlisted,staff_fte,staff_turnover_rate,tip_trained_share,cost_usd,country,us_state\nS-1,Shelter,2023,LABOR,14,20,3,2.5,30%,0.6,180000,US,WA\n',
      { datasetName: 'Services' },
    );
    const research = await importText(
      db(),
      'research_outputs',
      'output_id,year,type_focus,kind,output_count,funding_usd,note\n,2023,SEX,STUDIES,,,no measure\nR-2,2023,LABOR,STUDIES,4,,\n',
      { datasetName: 'Research', validOnly: true },
    );
    expect([trainings.counts.inserted, services.counts.inserted, research.counts.inserted]).toEqual(
      [1, 1, 1],
    );
    expect(research.errors[0]).toMatchObject({
      line: 2,
      message: 'Give output_count, funding_usd, or both: the row has neither.',
    });
    const t = await db().knex('trainings').where({ external_id: 'T-1' }).first();
    expect([t.audience, t.participants, Number(t.hours)]).toEqual(['LAW_ENFORCEMENT', 40, 6]);
    const s = await db().knex('service_records').where({ external_id: 'S-1' }).first();
    expect([s.survivors_served, Number(s.staff_turnover_rate), Number(s.cost_usd)]).toEqual([
      14, 0.3, 180000,
    ]);
  });
});

describeEachBackend('import of a USAspending.gov export', (db) => {
  it('maps awards to grants and classifies their type by keywords', async () => {
    const file = fs.readFileSync(new URL('./fixtures/usaspending-sample.csv', import.meta.url));
    const result = await importText(db(), 'usaspending', file, {
      datasetName: 'USAspending trafficking awards',
      fileName: 'usaspending-sample.csv',
      validOnly: true,
    });
    expect(result.counts).toEqual({
      total: 5,
      valid: 4,
      rejected: 1,
      notAboutTrafficking: 0,
      inserted: 4,
      updated: 0,
      unchanged: 0,
    });
    expect(result.errors).toEqual([
      {
        line: 6,
        column: 'total_obligated_amount',
        value: '-5000.00',
        message: 'total_obligated_amount must be zero or more (got -5,000).',
      },
    ]);
    const grants = await db()
      .knex('grants as g')
      .join('organizations as f', 'f.id', 'g.funder_id')
      .join('organizations as r', 'r.id', 'g.recipient_id')
      .orderBy('g.external_id')
      .select(
        'g.external_id',
        'f.name as funder',
        'r.name as recipient',
        'g.fiscal_year',
        'g.amount_usd',
        'g.trafficking_type',
        'g.us_state',
        'g.program_number',
        'g.program_title',
        'g.classification',
      );
    const confidence = (g: { classification: unknown }) =>
      (typeof g.classification === 'string' ? JSON.parse(g.classification) : g.classification) as {
        confidence: number;
        matched: Record<string, string[]>;
      };
    expect(
      grants.map((g) => [
        g.external_id,
        g.funder,
        g.recipient,
        g.fiscal_year,
        Number(g.amount_usd),
        g.trafficking_type,
        g.us_state,
        confidence(g).confidence,
      ]),
    ).toEqual([
      // Forced labor, debt bondage and labor trafficking: LABOR with two or more terms, 0.9.
      [
        '15POVC-22-GK-00001-HT',
        'Department of Justice',
        'EXAMPLE LEGAL AID SOCIETY',
        2022,
        750000,
        'LABOR',
        'TX',
        0.9,
      ],
      // "labor and sex trafficking" names both forms: BOTH, 0.7.
      [
        '15POVC-23-GK-00002-HT',
        'Department of Justice',
        'Example Survivor Network',
        2023,
        1200000,
        'BOTH',
        'NY',
        0.7,
      ],
      // No fiscal year column value: base action date 2023-07-15 is in FY 2023; only general wording: UNSPECIFIED, 0.3.
      [
        '15POVC-23-GK-00003-HT',
        'Department of Justice',
        'EXAMPLE LEGAL AID SOCIETY',
        2023,
        300000,
        'UNSPECIFIED',
        'TX',
        0.3,
      ],
      // Sex trafficking and commercial sexual exploitation: SEX, 0.9; state "ca" read as CA.
      [
        '90ZV0123',
        'Department of Health and Human Services',
        'Example Youth Shelter Inc.',
        2023,
        400000,
        'SEX',
        'CA',
        0.9,
      ],
    ]);
    expect(grants[0].program_number).toBe('16.320');
    expect(grants[0].program_title).toBe('Services for Victims of Human Trafficking');
    expect(confidence(grants[0]).matched.labor).toEqual([
      'labor trafficking',
      'forced labor',
      'debt bondage',
    ]);
    // 2 agencies and 3 recipients (the legal aid society twice).
    expect(result.organizationsCreated).toBe(5);
    const dataset = await db().knex('datasets').where({ id: result.dataset!.id }).first();
    expect(dataset).toMatchObject({
      source: 'USAspending.gov',
      license: 'Public domain (U.S. Government work)',
    });
  });
});
