/**
 * The import templates: the CSV a user downloads for each kind (header and example row, CRLF line
 * ends), and the column shapes the kinds share (ids, counts, amounts, years, types), each read
 * against the rule the template documentation states.
 */
import { describe, expect, it } from 'vitest';
import { templateCsv } from '../../../api/import/http/templateRoutes';
import { IMPORT_KINDS, TEMPLATES, type ColumnSpec } from '../../../api/import/templates';

const columns = (kind: keyof typeof TEMPLATES, name: string): ColumnSpec => {
  const c = TEMPLATES[kind].columns.find((x) => x.name === name);
  if (!c) throw new Error(`No column ${name} in the ${kind} template.`);
  return c;
};

describe('the downloaded templates', () => {
  it('are the header and the example row of each kind, byte for byte', () => {
    expect(templateCsv('grants')).toBe(
      'grant_id,funder,recipient,fiscal_year,amount_usd,trafficking_type,labor_share,service_category,country,us_state,description,program_number,program_title,period_start,period_end\r\n' +
        'FND-2023-0042,Example Community Foundation,Example Survivor Services,2023,125000,LABOR,,LEGAL,US,CA,Legal services for survivors of labor trafficking,,,2023-10-01,2025-09-30\r\n',
    );
    expect(templateCsv('trainings')).toBe(
      'training_id,provider,year,type_focus,audience,participants,hours,country,us_state\r\n' +
        'TTA-2023-017,Example Training Institute,2023,BOTH,SERVICE_PROVIDERS,40,6,US,CA\r\n',
    );
    expect(templateCsv('service_records')).toBe(
      'record_id,provider,year,trafficking_type,survivors_served,capacity,declined_or_waitlisted,staff_fte,staff_turnover_rate,tip_trained_share,cost_usd,country,us_state\r\n' +
        'SVC-2023-LABOR,Example Survivor Services,2023,LABOR,14,20,3,2.5,0.3,0.6,180000,US,CA\r\n',
    );
    expect(templateCsv('research_outputs')).toBe(
      'output_id,year,type_focus,kind,output_count,funding_usd,note,period_start\r\n' +
        'LIT-2023-LABOR,2023,LABOR,PUBLICATIONS,12,,Peer-reviewed articles indexed in one database,\r\n',
    );
    expect(templateCsv('need_indicators')).toBe(
      'indicator,basis,geography,year,trafficking_type,value,unit,source_title,publisher,source_url,confidence,note\r\n' +
        'tip-2023-victims,IDENTIFIED_VICTIMS,WORLD,2023,LABOR,12000,persons,Trafficking in Persons Report 2024,U.S. Department of State,https://www.state.gov/trafficking-in-persons-report/,primary,\r\n',
    );
    expect(templateCsv('usaspending').split('\r\n')[0]).toBe(
      'award_id_fain,recipient_name,total_obligated_amount,awarding_agency_name,assistance_listing_number,assistance_listing_title,assistance_listings_numbers_and_titles,award_base_action_date_fiscal_year,award_base_action_date,period_of_performance_start_date,period_of_performance_current_end_date,recipient_state_code,recipient_country_code,prime_award_base_transaction_description,trafficking_type',
    );
  });
});

describe('the column shapes the kinds share', () => {
  it('reads every row id as optional text of at most 200 characters', () => {
    for (const [kind, name] of [
      ['grants', 'grant_id'],
      ['trainings', 'training_id'],
      ['service_records', 'record_id'],
      ['research_outputs', 'output_id'],
    ] as const) {
      expect(columns(kind, name)).toMatchObject({ type: 'text', required: false, maxLength: 200 });
    }
    expect(columns('service_records', 'record_id').description).toBe(
      'Your own id for the row; rows with an id are updated in place on re-import.',
    );
  });

  it('reads every count as a whole number from 0 to 10,000,000 with its unit', () => {
    expect(columns('trainings', 'participants')).toMatchObject({
      type: 'integer',
      unit: 'persons',
      required: true,
      min: 0,
      max: 10_000_000,
    });
    for (const name of ['survivors_served', 'capacity', 'declined_or_waitlisted']) {
      expect(columns('service_records', name)).toMatchObject({
        type: 'integer',
        unit: 'survivors',
        min: 0,
        max: 10_000_000,
      });
    }
    expect(columns('service_records', 'capacity').required).toBe(false);
  });

  it('reads every amount as zero or more up to what numeric(16,2) holds: 10^14 − 1 whole units', () => {
    for (const [kind, name, required] of [
      ['grants', 'amount_usd', true],
      ['service_records', 'cost_usd', false],
      ['research_outputs', 'funding_usd', false],
      ['usaspending', 'total_obligated_amount', true],
    ] as const) {
      expect(columns(kind, name)).toMatchObject({
        type: 'decimal',
        unit: 'USD',
        required,
        min: 0,
        max: 99_999_999_999_999,
      });
    }
    // A need figure is in the unit its row names.
    expect(columns('need_indicators', 'value')).toMatchObject({ unit: 'see unit', min: 0 });
    expect(columns('usaspending', 'total_obligated_amount').aliases).toEqual([
      'award_amount',
      'total_obligation',
      'total_obligations',
      'obligated_amount',
    ]);
  });

  it('requires a year and a trafficking type in every template kind', () => {
    const types = ['LABOR', 'SEX', 'BOTH', 'UNSPECIFIED'];
    const expected = {
      grants: ['fiscal_year', 'trafficking_type', types],
      trainings: ['year', 'type_focus', types],
      service_records: ['year', 'trafficking_type', types],
      research_outputs: ['year', 'type_focus', types],
      need_indicators: ['year', 'trafficking_type', [...types, 'ALL']],
    } as const;
    for (const [kind, [year, type, allowed]] of Object.entries(expected)) {
      const k = kind as keyof typeof expected;
      expect(columns(k, year)).toMatchObject({ type: 'year', required: true, example: '2023' });
      expect(columns(k, type)).toMatchObject({ type: 'enum', required: true, allowed });
    }
    expect(columns('trainings', 'year').description).toMatch(/^a year from \d{4} to next year\.$/);
  });

  it('lists each column once per kind', () => {
    for (const kind of IMPORT_KINDS) {
      const names = TEMPLATES[kind].columns.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
