/**
 * How the built client is served: precompressed assets by what the browser accepts, a year of
 * caching for hashed assets and none for index.html; and large GraphQL answers compressed.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFiles } from '../../api/static';
import { describeEachBackend } from '../helpers/db';
import { startTestApp, type RunningApp } from '../helpers/server';

/** A raw GET (fetch would decompress and hide what was sent). */
function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

describe('client files', () => {
  const script = 'console.log("fairshare");\n'.repeat(200);
  let dir: string;
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fairshare-dist-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    const asset = path.join(dir, 'assets/app-1a2b3c.js');
    fs.writeFileSync(asset, script);
    fs.writeFileSync(`${asset}.br`, zlib.brotliCompressSync(script));
    fs.writeFileSync(`${asset}.gz`, zlib.gzipSync(script));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
    fs.writeFileSync(path.join(dir, 'robots.txt'), 'User-agent: *\nAllow: /\n');
    const app = express();
    const client = clientFiles(dir);
    app.use(client.files);
    app.get(/.*/, client.sendIndex);
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sends brotli to a browser that accepts it, cached for a year', async () => {
    const res = await get(`${base}/assets/app-1a2b3c.js`, { 'accept-encoding': 'gzip, br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(script);
    expect(res.body.length).toBeLessThan(script.length / 10);
  });

  it('sends gzip when brotli is not accepted, and the plain file when neither is', async () => {
    const gz = await get(`${base}/assets/app-1a2b3c.js`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(script);
    const plain = await get(`${base}/assets/app-1a2b3c.js`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('never caches index.html, for client routes too', async () => {
    for (const p of ['/index.html', '/equity']) {
      const res = await get(`${base}${p}`, { accept: 'text/html' });
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves robots.txt', async () => {
    const res = await get(`${base}/robots.txt`);
    expect(res.status).toBe(200);
    expect(res.body.toString()).toContain('User-agent: *');
  });
});

describeEachBackend('GraphQL answers', (db) => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp(db());
  });
  afterAll(async () => {
    await app.close();
  });

  const post = (query: string) =>
    new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const body = JSON.stringify({ query });
      const req = http.request(
        `${app.url}/graphql`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  it('compresses a large answer and leaves a small one as it is', async () => {
    // Introspection (on outside production) answers tens of kilobytes.
    const large = await post('{ __schema { types { name description } } }');
    expect(large.headers['content-encoding']).toBe('gzip');
    const types = JSON.parse(zlib.gunzipSync(large.body).toString()) as {
      data: { __schema: { types: unknown[] } };
    };
    expect(types.data.__schema.types.length).toBeGreaterThan(20);
    const small = await post('{ __typename }');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });
});
