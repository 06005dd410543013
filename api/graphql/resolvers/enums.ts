/** Conversions between database spellings and GraphQL enum values. */
import type { Confidence as DbConfidence } from '../../../core/vocabulary';
import type { Confidence, Visibility } from '../generated/resolvers';

export const toConfidence = (c: DbConfidence): Confidence => c.toUpperCase() as Confidence;
export const fromConfidence = (c: Confidence): DbConfidence => c.toLowerCase() as DbConfidence;
export const toVisibility = (v: string): Visibility => v.toUpperCase() as Visibility;
