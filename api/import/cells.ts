/**
 * Reading one cell by its column's type. Each reader returns the value or a sentence saying what
 * was expected, written for the person who filled in the spreadsheet.
 */
import { MIN_YEAR, isGeography, latestRecordYear } from '../../core/vocabulary';
import { alpha3ToAlpha2 } from './countries';
import type { ColumnSpec } from './templates';

export type CellValue = string | number | null;
export type CellResult = { ok: true; value: CellValue } | { ok: false; message: string };

const ok = (value: CellValue): CellResult => ({ ok: true, value });
const fail = (message: string): CellResult => ({ ok: false, message });

/** How numbers are written: semicolon files come from locales that write 1234,5. */
export interface NumberStyle {
  decimalComma: boolean;
}

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/** A number as spreadsheets write it: 1234.5, 1,234.5, $1,234, or 1234,5 in a semicolon file. */
export function readNumber(raw: string, style: NumberStyle): number | null {
  // Most cells are plain numbers: no currency sign or spaces to strip.
  if (PLAIN.test(raw)) return Number(raw);
  let s = raw.replace(/^\$|^US\$/i, '').replace(/\s/g, '');
  if (s.startsWith('-$')) s = `-${s.slice(2)}`;
  if (PLAIN.test(s)) return Number(s);
  if (THOUSANDS.test(s) && !style.decimalComma) return Number(s.replace(/,/g, ''));
  if (DECIMAL_COMMA.test(s) && style.decimalComma) return Number(s.replace(',', '.'));
  return null;
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 4 });

function bounded(spec: ColumnSpec, n: number): CellResult {
  if (spec.min !== undefined && n < spec.min) {
    return fail(
      spec.min === 0
        ? `${spec.name} must be zero or more (got ${fmt(n)}).`
        : `${spec.name} must be at least ${fmt(spec.min)} (got ${fmt(n)}).`,
    );
  }
  if (spec.max !== undefined && n > spec.max) {
    return fail(`${spec.name} must be at most ${fmt(spec.max)} (got ${fmt(n)}).`);
  }
  return ok(n);
}

function readDate(raw: string): string | null {
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(raw);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (us) [y, m, d] = [Number(us[3]), Number(us[1]), Number(us[2])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const enumKey = (s: string) =>
  s
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');

const ENUM_KEYS = new WeakMap<ColumnSpec, Map<string, string>>();
function enumLookup(spec: ColumnSpec): Map<string, string> {
  let keys = ENUM_KEYS.get(spec);
  if (!keys) {
    keys = new Map((spec.allowed ?? []).map((a) => [enumKey(a), a]));
    ENUM_KEYS.set(spec, keys);
  }
  return keys;
}

/** Reads a non-empty cell (already trimmed) as the column's type. */
export function readCell(spec: ColumnSpec, raw: string, style: NumberStyle): CellResult {
  switch (spec.type) {
    case 'text':
      if (spec.maxLength !== undefined && raw.length > spec.maxLength) {
        return fail(
          `${spec.name} is ${raw.length.toLocaleString('en-US')} characters long; at most ${spec.maxLength.toLocaleString('en-US')} are accepted.`,
        );
      }
      return ok(raw);
    case 'integer': {
      const n = readNumber(raw, style);
      if (n === null || !Number.isInteger(n)) {
        return fail(`${spec.name} must be a whole number (got "${raw}").`);
      }
      return bounded(spec, n);
    }
    case 'decimal': {
      const n = readNumber(raw, style);
      if (n === null || !Number.isFinite(n))
        return fail(`${spec.name} must be a number (got "${raw}").`);
      return bounded(spec, n);
    }
    case 'year': {
      const n = /^\d{1,4}$/.test(raw) ? Number(raw) : null;
      if (n === null)
        return fail(`${spec.name} must be a year written with four digits (got "${raw}").`);
      const latest = latestRecordYear();
      if (n < MIN_YEAR || n > latest) {
        return fail(
          `${spec.name} must be a year from ${MIN_YEAR} to next year, ${latest} (got ${n}).`,
        );
      }
      return ok(n);
    }
    case 'share': {
      const percent = raw.endsWith('%');
      const n = readNumber(percent ? raw.slice(0, -1) : raw, style);
      if (n === null)
        return fail(`${spec.name} must be a share such as 0.3 or 30% (got "${raw}").`);
      const share = percent ? n / 100 : n;
      if (share < 0 || share > 1) {
        return fail(
          `${spec.name} must be from 0 to 1, or a percentage from 0% to 100% (got "${raw}").`,
        );
      }
      return ok(share);
    }
    case 'enum': {
      // Exact spelling first (the common case), then case and spaces ignored.
      const hit = spec.allowed?.includes(raw) ? raw : enumLookup(spec).get(enumKey(raw));
      if (hit === undefined) {
        return fail(`${spec.name} must be one of ${spec.allowed?.join(', ')} (got "${raw}").`);
      }
      return ok(hit);
    }
    case 'us_state': {
      const code = raw.toUpperCase();
      if (!spec.allowed?.includes(code)) {
        return fail(`${spec.name} must be a US postal code such as CA or TX (got "${raw}").`);
      }
      return ok(code);
    }
    case 'country': {
      const code = raw.toUpperCase();
      if (/^[A-Z]{2}$/.test(code)) return ok(code);
      const two = /^[A-Z]{3}$/.test(code) ? alpha3ToAlpha2(code) : null;
      if (two) return ok(two);
      return fail(
        `${spec.name} must be a two-letter country code such as US or MX (got "${raw}").`,
      );
    }
    case 'geography': {
      const code = raw.toUpperCase();
      if (!isGeography(code)) {
        return fail(
          `${spec.name} must be WORLD, a two-letter country code (US), or US- and a state code (US-CA) (got "${raw}").`,
        );
      }
      return ok(code);
    }
    case 'date': {
      const date = readDate(raw);
      if (date === null) {
        return fail(
          `${spec.name} must be a date written YYYY-MM-DD, such as 2023-10-01 (got "${raw}").`,
        );
      }
      return ok(date);
    }
  }
}
