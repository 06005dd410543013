/**
 * The peer of bench:api: a generic GraphQL-over-PostgreSQL server, PostGraphile 4 with
 * @graphile/pg-aggregates, serving the benchmark's database as it is. Run by
 * tests/bench/api.bench.ts from a temporary folder where it installed them (never part of the
 * app). PostGraphile 5 needs Node 22 and its aggregates plugin (0.2.0-rc.2) fails on
 * groupedAggregates with PostGraphile 5.1.5, so the bench uses version 4 (Node 20 supported).
 * Usage: node server.cjs DATABASE_URL PORT; prints "listening" when ready.
 */
const http = require('node:http');
const { postgraphile } = require('postgraphile');
const PgAggregatesPlugin = require('@graphile/pg-aggregates').default;

const [connectionString, port] = process.argv.slice(2);
const middleware = postgraphile(connectionString, 'public', {
  appendPlugins: [PgAggregatesPlugin],
  disableQueryLog: true,
  retryOnInitFail: false,
  graphiql: false,
  enableQueryBatching: false,
  setofFunctionsContainNulls: false,
});
const server = http.createServer(middleware);
server.listen(Number(port), '127.0.0.1', () => process.stdout.write('listening\n'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
