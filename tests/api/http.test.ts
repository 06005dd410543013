import { afterAll, beforeAll, expect, it } from 'vitest';
import { MIGRATIONS } from '../../migrations/index';
import { describeEachBackend } from '../helpers/db';
import { postGraphQL, startTestApp, type RunningApp } from '../helpers/server';

describeEachBackend(
  'HTTP server',
  (db, backend) => {
    let app: RunningApp;
    beforeAll(async () => {
      app = await startTestApp(db());
    });
    afterAll(async () => {
      await app.close();
    });

    it('reports database reachability and migration state on /healthz', async () => {
      const res = await fetch(`${app.url}/healthz`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        status: string;
        database: { kind: string; reachable: boolean };
        migrations: { pending: string[]; applied: number };
      };
      expect(body.status).toBe('ok');
      expect(body.database).toMatchObject({ kind: backend, reachable: true });
      expect(body.migrations.pending).toEqual([]);
      expect(body.migrations.applied).toBe(MIGRATIONS.length);
    });

    it('lists the seeded datasets with their provenance through GraphQL', async () => {
      const { status, body } = await postGraphQL(
        app.url,
        `query { datasets(first: 50, sort: { field: NAME }) { totalCount nodes { name source citation url vintage confidence illustrative recordCounts { needIndicators grants } } } }`,
      );
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      const datasets = body.data!.datasets as {
        totalCount: number;
        nodes: Array<Record<string, unknown>>;
      };
      expect(datasets.totalCount).toBe(8);
      const gems = datasets.nodes.find(
        (d) =>
          d.name === 'Global Estimates of Modern Slavery: Forced Labour and Forced Marriage (2022)',
      );
      expect(gems).toMatchObject({
        source: 'ILO / Walk Free / IOM',
        url: 'https://www.ilo.org/publications/major-publications/global-estimates-modern-slavery-forced-labour-and-forced-marriage',
        vintage: 2021,
        confidence: 'SECONDARY',
        illustrative: false,
        recordCounts: { needIndicators: 2, grants: 0 },
      });
    });

    it('pages with a cursor', async () => {
      const q = `query($after: String) { datasets(first: 3, after: $after) { nodes { slug } pageInfo { hasNextPage endCursor } } }`;
      const first = await postGraphQL(app.url, q);
      const page1 = first.body.data!.datasets as {
        nodes: { slug: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
      expect(page1.nodes).toHaveLength(3);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const second = await postGraphQL(app.url, q, { after: page1.pageInfo.endCursor });
      const page2 = second.body.data!.datasets as { nodes: { slug: string }[] };
      expect(page2.nodes).toHaveLength(3);
      expect(page2.nodes.map((n) => n.slug)).not.toContain(page1.nodes[0]!.slug);
    });

    it('answers a malformed JSON body with a JSON error, not an HTML stack trace', async () => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/json');
      const text = await res.text();
      expect(text).not.toMatch(/at .*\.js:\d+/);
      expect(JSON.parse(text)).toMatchObject({
        errors: [{ message: 'The request body is not valid JSON.' }],
      });
    });

    it('refuses a GET mutation-less query without the CSRF preflight header', async () => {
      const res = await fetch(
        `${app.url}/graphql?query=${encodeURIComponent('{ health { status } }')}`,
      );
      expect(res.status).toBe(400);
    });

    it('rejects a bad cursor with BAD_USER_INPUT naming the argument', async () => {
      const { body } = await postGraphQL(app.url, `{ datasets(after: "nonsense") { totalCount } }`);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toContain('"after"');
    });

    it('limits query depth', async () => {
      const deep = `{ datasets { nodes { owner { id } } } ${'a: health { status } '.repeat(1)} }`;
      const ok = await postGraphQL(app.url, deep);
      expect(ok.body.errors).toBeUndefined();
      const aliases = Array.from({ length: 20 }, (_, i) => `h${i}: health { status }`).join(' ');
      const tooMany = await postGraphQL(app.url, `{ ${aliases} }`);
      expect(tooMany.body.errors?.[0]?.message).toMatch(/alias/i);
    });
  },
  { seed: 'reference' },
);
