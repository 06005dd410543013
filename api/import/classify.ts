/**
 * Trafficking type of a federal award from its description and program title, by a small,
 * published keyword rule set (no model): the terms that matched and a confidence are stored with
 * the grant, and a data steward can override the result.
 *
 * Rules, in order:
 * 1. a phrase naming both forms ("labor and sex trafficking", "all forms of trafficking") -> BOTH;
 * 2. labor terms and sex terms both present -> BOTH;
 * 3. only labor terms -> LABOR; only sex terms -> SEX;
 * 4. otherwise UNSPECIFIED (general trafficking terms are recorded, they do not decide a type).
 * Confidence: 0.9 with two or more distinct deciding terms, 0.75 with one; 0.7 for BOTH from a
 * phrase, 0.6 for BOTH from mixed terms; 0.3 for UNSPECIFIED with general trafficking terms
 * (likely both forms, but not stated), 0 with no term at all.
 */
import type { TraffickingType } from '../../core/vocabulary';

export const CLASSIFIER_RULE = 'keywords-v1';

const LABOR_TERMS = [
  'labor trafficking',
  'labour trafficking',
  'trafficking for labor',
  'trafficking for labour',
  'forced labor',
  'forced labour',
  'debt bondage',
  'bonded labor',
  'bonded labour',
  'involuntary servitude',
  'domestic servitude',
  'peonage',
  'worker exploitation',
  'labor exploitation',
  'labour exploitation',
  'exploited workers',
] as const;

const SEX_TERMS = [
  'sex trafficking',
  'sexual exploitation',
  'commercial sexual exploitation',
  'commercially sexually exploited',
  'csec',
  'commercial sex',
  'prostitution',
  'sexually exploited',
  'domestic minor sex trafficking',
  'dmst',
  'child sex',
] as const;

const BOTH_PHRASES = [
  'labor and sex trafficking',
  'labour and sex trafficking',
  'sex and labor trafficking',
  'sex and labour trafficking',
  'sex or labor trafficking',
  'labor or sex trafficking',
  'all forms of trafficking',
  'all forms of human trafficking',
  'both sex and labor',
  'both labor and sex',
] as const;

const GENERAL_TERMS = [
  'human trafficking',
  'trafficking in persons',
  'trafficking victims',
  'victims of trafficking',
  'trafficked persons',
  'anti-trafficking',
  'modern slavery',
  'severe form of trafficking',
  'severe forms of trafficking',
] as const;

export interface Classification {
  rule: typeof CLASSIFIER_RULE;
  type: TraffickingType;
  confidence: number;
  /** Terms found, by what they point to. */
  matched: { labor: string[]; sex: string[]; both: string[]; general: string[] };
}

function normalize(text: string): string {
  return ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
}

/** Terms whose words appear as whole words in `text`. */
function found(text: string, terms: readonly string[]): string[] {
  return terms.filter((term) => text.includes(normalize(term)));
}

/** Classifies an award from its free texts (description, program title, ...). */
export function classifyAward(...texts: (string | null | undefined)[]): Classification {
  const text = normalize(texts.filter(Boolean).join(' | '));
  const both = found(text, BOTH_PHRASES);
  // "sex trafficking" inside "labor and sex trafficking" is part of the BOTH phrase, not a sex term.
  const rest = both.reduce((t, phrase) => t.replaceAll(normalize(phrase), ' '), text);
  const labor = found(rest, LABOR_TERMS);
  const sex = found(rest, SEX_TERMS).filter(
    (term) =>
      term !== 'sexual exploitation' || !sexTermsInclude(rest, 'commercial sexual exploitation'),
  );
  const general = found(text, GENERAL_TERMS);
  const matched = { labor, sex, both, general };
  const result = (type: TraffickingType, confidence: number): Classification => ({
    rule: CLASSIFIER_RULE,
    type,
    confidence,
    matched,
  });
  if (both.length) return result('BOTH', 0.7);
  if (labor.length && sex.length) return result('BOTH', 0.6);
  if (labor.length) return result('LABOR', labor.length >= 2 ? 0.9 : 0.75);
  if (sex.length) return result('SEX', sex.length >= 2 ? 0.9 : 0.75);
  return result('UNSPECIFIED', general.length ? 0.3 : 0);
}

function sexTermsInclude(text: string, term: string): boolean {
  return text.includes(normalize(term));
}
