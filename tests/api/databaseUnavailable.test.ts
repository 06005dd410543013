/**
 * A PostgreSQL server that is restarting or unreachable: its errors become 503
 * DATABASE_UNAVAILABLE (tests/ops/pgRestart.test.ts restarts a real cluster under load); other
 * database errors stay internal.
 */
import { describe, expect, it } from 'vitest';
import { databaseUnavailableOf } from '../../api/db/unavailable';
import { jsonErrorHandler } from '../../api/http/errorHandler';
import { createLogger } from '../../api/logger';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('databaseUnavailableOf', () => {
  it.each([
    ['57P01', 'terminating connection due to administrator command'],
    ['57P03', 'the database system is starting up'],
    ['08006', 'connection failure'],
    ['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'],
  ])('maps %s (%s) to DATABASE_UNAVAILABLE', (code, message) => {
    const err = databaseUnavailableOf(withCode(code, message));
    expect(err?.code).toBe('DATABASE_UNAVAILABLE');
    expect(err?.httpStatus).toBe(503);
    expect(err?.message).toMatch(/not answering right now/);
  });

  it("maps pg's and knex's sentences and a connect AggregateError", () => {
    expect(databaseUnavailableOf(new Error('Connection terminated unexpectedly'))).not.toBeNull();
    expect(
      databaseUnavailableOf(
        new Error('Knex: Timeout acquiring a connection. The pool is probably full.'),
      ),
    ).not.toBeNull();
    // knex puts the statement before pg's sentence when a query's connection drops mid-query.
    expect(
      databaseUnavailableOf(
        new Error('select 1 from "grant_rollups" - Connection terminated unexpectedly'),
      ),
    ).not.toBeNull();
    // The same words inside a statement (a string literal) are not the driver's sentence.
    expect(
      databaseUnavailableOf(new Error("select 'Connection terminated' - syntax error")),
    ).toBeNull();
    const both = new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]);
    expect(databaseUnavailableOf(both)).not.toBeNull();
  });

  it('leaves other errors alone: a unique violation, a timeout, a plain bug', () => {
    expect(databaseUnavailableOf(withCode('23505', 'duplicate key'))).toBeNull();
    expect(databaseUnavailableOf(withCode('57014', 'canceling statement'))).toBeNull();
    expect(databaseUnavailableOf(new TypeError('x is undefined'))).toBeNull();
    expect(databaseUnavailableOf(null)).toBeNull();
  });

  it('is answered 503 with Retry-After by the Express error handler', () => {
    const sent: { status?: number; headers: Record<string, string>; body?: unknown } = {
      headers: {},
    };
    const res = {
      set(name: string, value: string) {
        sent.headers[name] = value;
        return res;
      },
      status(code: number) {
        sent.status = code;
        return res;
      },
      json(body: unknown) {
        sent.body = body;
        return res;
      },
    };
    const handler = jsonErrorHandler(createLogger('silent'));
    handler(withCode('57P01'), {} as never, res as never, () => undefined);
    expect(sent.status).toBe(503);
    expect(sent.headers['Retry-After']).toBe('2');
    expect(sent.body).toEqual({
      errors: [
        {
          message: expect.stringMatching(/not answering right now/) as unknown,
          extensions: { code: 'DATABASE_UNAVAILABLE' },
        },
      ],
    });
  });
});
