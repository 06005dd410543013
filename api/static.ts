/**
 * Serves the built client: hashed assets (client/dist/assets) compressed and cached for a year,
 * index.html never cached (it names the current assets), everything else for an hour. The build
 * writes a .br and a .gz next to each compressible asset (vite.config.ts); the smallest one the
 * browser accepts is sent, so no request pays for compression.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type RequestHandler, type Response } from 'express';

const YEAR = 'public, max-age=31536000, immutable';
const NO_CACHE = 'no-cache';
const HOUR = 'public, max-age=3600';

/** Cache-Control for a file of the build, by its path relative to the build folder. */
export function cacheControlFor(relative: string): string {
  const p = relative.split(path.sep).join('/');
  if (p.startsWith('assets/')) return YEAR;
  if (p === 'index.html') return NO_CACHE;
  return HOUR;
}

interface Variants {
  br?: string;
  gzip?: string;
}

/** URL path -> precompressed files, for every file of the build that has them. */
function precompressedFiles(dist: string): Map<string, Variants> {
  const found = new Map<string, Variants>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const url = '/' + path.relative(dist, full).split(path.sep).join('/');
      if (url.endsWith('.br') || url.endsWith('.gz')) continue;
      const variants: Variants = {};
      if (fs.existsSync(`${full}.br`)) variants.br = `${full}.br`;
      if (fs.existsSync(`${full}.gz`)) variants.gzip = `${full}.gz`;
      if (variants.br || variants.gzip) found.set(url, variants);
    }
  };
  walk(dist);
  return found;
}

/** The built client as middleware; `sendIndex` answers client-side routes with index.html. */
export function clientFiles(dist: string): { files: RequestHandler; sendIndex: RequestHandler } {
  const compressed = precompressedFiles(dist);
  const plain = express.static(dist, {
    index: false,
    cacheControl: false,
    setHeaders: (res, file) =>
      res.setHeader('Cache-Control', cacheControlFor(path.relative(dist, file))),
  });
  const files: RequestHandler = (req, res, next) => {
    const variants = (req.method === 'GET' || req.method === 'HEAD') && compressed.get(req.path);
    if (!variants) return plain(req, res, next);
    res.vary('Accept-Encoding');
    // Browsers list gzip before br at equal weight; brotli is smaller, so it goes first.
    const encoding = (['br', 'gzip'] as const).find(
      (e) => variants[e] !== undefined && req.acceptsEncodings(e) === e,
    );
    if (encoding === undefined) return plain(req, res, next);
    res.type(path.extname(req.path));
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Cache-Control', cacheControlFor(req.path.slice(1)));
    res.sendFile(variants[encoding]!, { cacheControl: false }, (err) => {
      if (err) next(err);
    });
  };
  const indexFile = path.join(dist, 'index.html');
  const sendIndex: RequestHandler = (req: Request, res: Response, next) => {
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', NO_CACHE);
    res.sendFile(indexFile, { cacheControl: false }, (err) => {
      if (err) next(err);
    });
  };
  return { files, sendIndex };
}
