/**
 * Trafficking type of a federal award from its description and program title, by a small,
 * published keyword rule set (no model): the terms that matched and a confidence are stored with
 * the grant, and a data steward can override the result. Measured against hand-labelled awards by
 * `npm run eval:classifier`; the rules are described in docs/methodology.md ("Classifying federal
 * awards by trafficking type").
 *
 * Rules, in order (text lower-cased, punctuation dropped, "labour" read as "labor"):
 * 1. no trafficking context -> NOT_TRAFFICKING. Context is a general trafficking term (not drug,
 *    arms or wildlife trafficking), a labor or sex term, or a phrase naming both forms; sector
 *    words such as "farmworkers" or "restaurant" are context for the type only, never on their own;
 * 2. a phrase naming both forms ("labor and sex trafficking", "all forms of trafficking",
 *    "including but not limited to sex trafficking") -> BOTH;
 * 3. labor terms and sex terms both present -> BOTH;
 * 4. only labor terms -> LABOR; only sex terms -> SEX; labor sector words with trafficking context
 *    and no sex term -> LABOR;
 * 5. otherwise UNSPECIFIED (about trafficking, form not stated).
 * Confidence: 0.9 with two or more distinct deciding terms, 0.75 with one, 0.6 for LABOR from
 * sector words only; 0.7 for BOTH from a phrase, 0.6 from mixed terms; 0.3 for UNSPECIFIED;
 * 0.8 for NOT_TRAFFICKING (no trafficking term at all).
 */
import type { TraffickingType } from '../../core/vocabulary';

export const CLASSIFIER_RULE = 'keywords-v2';
/** A trafficking type, or not about trafficking at all (such awards are not funding to count). */
export const AWARD_CLASSES = ['LABOR', 'SEX', 'BOTH', 'UNSPECIFIED', 'NOT_TRAFFICKING'] as const;
export type AwardClass = (typeof AWARD_CLASSES)[number];

/** Terms that name labor trafficking (after "labour" -> "labor"). A final "s" is optional. */
const LABOR_TERMS = [
  'labor trafficking',
  'trafficking for labor',
  'trafficked for labor',
  'forced labor',
  'forced child labor',
  'debt bondage',
  'bonded labor',
  'involuntary servitude',
  'domestic servitude',
  'peonage',
  'worker exploitation',
  'labor exploitation',
  'exploited worker',
  'forced begging',
  'forced criminality',
  'worst forms of child labor',
] as const;

/** Sectors and situations of labor trafficking: they decide LABOR only with trafficking context. */
const LABOR_CONTEXT = [
  'farmworker',
  'farm worker',
  'farm labor',
  'farm laborer',
  'farms',
  'agricultural worker',
  'agriculture',
  'h 2a',
  'h 2b',
  'guestworker',
  'guest worker',
  'temporary foreign worker',
  'migrant worker',
  'restaurant',
  'construction worker',
  'construction industry',
  'construction site',
  'construction sector',
  'domestic worker',
  'au pair',
  'nail salon',
  'factory',
  'factories',
  'garment',
  'meatpacking',
  'meat processing',
  'fishing',
  'seafood',
  'mining',
  'brick kiln',
  'plantation',
  'cocoa',
  'child labor',
  'wage theft',
  'recruitment fee',
  'labor contractor',
  'day laborer',
  'without pay',
  'unpaid wage',
] as const;

const SEX_TERMS = [
  'sex trafficking',
  'sex trafficked',
  'trafficked for sex',
  'trafficking for sexual exploitation',
  'commercial sexual exploitation',
  'commercially sexually exploited',
  'sexually exploited',
  'csec',
  'commercial sex',
  'sex trade',
  'sex industry',
  'survival sex',
  'prostitution',
  'domestic minor sex trafficking',
  'dmst',
  'strip club',
  'escort service',
  'escort ad',
  'pimp',
] as const;

/** Sex-trafficking wording that is not trafficking on its own (child sexual exploitation online). */
const SEX_CONTEXT = ['sexual exploitation', 'illicit massage', 'massage parlor'] as const;

const BOTH_PHRASES = [
  'labor and sex trafficking',
  'sex and labor trafficking',
  'sex or labor trafficking',
  'labor or sex trafficking',
  'labor or sex',
  'sex or labor',
  'labor or commercial sex',
  'labor and sexual exploitation',
  'sexual and labor exploitation',
  'both sex and labor',
  'both labor and sex',
  'all forms of trafficking',
  'all forms of human trafficking',
  'all types of trafficking',
  'all types of human trafficking',
  'all trafficking types',
  'any form of trafficking',
  'regardless of the type of trafficking',
  'including but not limited to sex trafficking',
  'including but not limited to labor trafficking',
] as const;

const GENERAL_TERMS = [
  'human trafficking',
  'trafficking in persons',
  'trafficking victim',
  'victims of trafficking',
  'trafficking survivor',
  'survivors of trafficking',
  'trafficked person',
  'trafficked',
  'trafficking',
  'anti trafficking',
  'counter trafficking',
  'modern slavery',
  'severe form of trafficking',
  'severe forms of trafficking',
] as const;

/** Trafficking that is not of people. */
const OTHER_TRAFFICKING =
  /\b(drug|drugs|narcotic|narcotics|opioid|fentanyl|cocaine|heroin|firearm|firearms|arms|gun|guns|weapon|weapons|wildlife|timber|cigarette|tobacco)( and \w+)? trafficking\b/g;

export interface Classification {
  rule: typeof CLASSIFIER_RULE;
  type: AwardClass;
  confidence: number;
  /** Terms found, by what they point to. */
  matched: {
    labor: string[];
    sex: string[];
    both: string[];
    general: string[];
    laborContext: string[];
    sexContext: string[];
  };
}

function normalize(text: string): string {
  const words = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  return ` ${words.replace(/\blabour/g, 'labor').trim()} `;
}

/** Terms whose words appear as whole words in `text` (a final "s" allowed). */
function found(text: string, terms: readonly string[]): string[] {
  return terms.filter((term) => new RegExp(` ${normalize(term).trim()}s? `).test(text));
}

const remove = (text: string, phrases: readonly string[]) =>
  phrases.reduce((t, phrase) => t.replaceAll(normalize(phrase), ' '), text);

/** Classifies an award from its free texts (description, program title, ...). */
export function classifyAward(...texts: (string | null | undefined)[]): Classification {
  const text = normalize(texts.filter(Boolean).join(' | ')).replace(OTHER_TRAFFICKING, ' ');
  const both = found(text, BOTH_PHRASES);
  // "sex trafficking" inside "labor and sex trafficking" belongs to the BOTH phrase.
  const rest = remove(text, both);
  const labor = found(rest, LABOR_TERMS);
  const sex = found(rest, SEX_TERMS);
  // A bare "trafficking" adds nothing to "human trafficking": keep the longest general terms.
  const general = found(text, GENERAL_TERMS).filter(
    (term, _i, all) => !all.some((other) => other !== term && other.includes(term)),
  );
  // Longer terms hide the shorter ones they contain ("commercial sexual exploitation").
  const sexContext = found(remove(rest, SEX_TERMS), SEX_CONTEXT);
  const laborContext = found(remove(rest, LABOR_TERMS), LABOR_CONTEXT);
  const matched = { labor, sex, both, general, laborContext, sexContext };
  const result = (type: AwardClass, confidence: number): Classification => ({
    rule: CLASSIFIER_RULE,
    type,
    confidence,
    matched,
  });
  const context = both.length + labor.length + sex.length + general.length > 0;
  if (!context) return result('NOT_TRAFFICKING', 0.8);
  if (both.length) return result('BOTH', 0.7);
  const sexTerms = sex.length + sexContext.length;
  if (labor.length && sexTerms) return result('BOTH', 0.6);
  if (labor.length) return result('LABOR', labor.length >= 2 ? 0.9 : 0.75);
  if (sexTerms) return result('SEX', sexTerms >= 2 ? 0.9 : 0.75);
  if (laborContext.length) return result('LABOR', 0.6);
  return result('UNSPECIFIED', 0.3);
}

/** Whether a classification makes the award trafficking funding (a TraffickingType). */
export function isTraffickingType(type: AwardClass): type is TraffickingType {
  return type !== 'NOT_TRAFFICKING';
}
