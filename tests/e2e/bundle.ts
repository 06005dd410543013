/** The initial JavaScript of the production build: the entry script and the chunks it preloads. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const CLIENT_DIST = path.resolve(import.meta.dirname, '../../client/dist');

export interface BundleReport {
  files: { file: string; bytes: number; gzip: number }[];
  totalGzip: number;
}

export function initialBundle(): BundleReport {
  const html = fs.readFileSync(path.join(CLIENT_DIST, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]!);
  const files = [...new Set(refs)].map((ref) => {
    const body = fs.readFileSync(path.join(CLIENT_DIST, ref.replace(/^\//, '')));
    return { file: ref, bytes: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
  });
  return { files, totalGzip: files.reduce((s, f) => s + f.gzip, 0) };
}
