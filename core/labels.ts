/**
 * Plain-language names of the vocabulary, one map per vocabulary, for the client's controls,
 * captions, tables and CSV headers and the server's briefs alike.
 */
import type {
  AttributionRule,
  Confidence,
  NeedBasis,
  ResourceDimension,
  ServiceCategory,
  TraffickingType,
} from './vocabulary';

/** Confidence as the API spells it (the database keeps it in lower case). */
type ConfidenceCode = Uppercase<Confidence>;

export const DIMENSION_LABEL: Record<ResourceDimension, string> = {
  FUNDING: 'Funding',
  TRAINING: 'Training',
  SERVICES: 'Services',
  RESEARCH: 'Research',
};

/** The dimension as a noun in a sentence: "labor trafficking receives 9% of ___". */
export const DIMENSION_NOUN: Record<ResourceDimension, string> = {
  FUNDING: 'grant funding',
  TRAINING: 'training hours',
  SERVICES: 'survivors served',
  RESEARCH: 'research output',
};

export const DIMENSION_UNIT_LABEL: Record<ResourceDimension, string> = {
  FUNDING: 'US dollars',
  TRAINING: 'participant-hours',
  SERVICES: 'survivors served',
  RESEARCH: 'studies',
};

export const NEED_BASIS_LABEL: Record<NeedBasis, string> = {
  PREVALENCE: 'Prevalence estimates',
  IDENTIFIED_VICTIMS: 'Identified victims',
  HOTLINE_CASES: 'Hotline cases',
  PROSECUTIONS: 'Prosecutions',
  CONVICTIONS: 'Convictions',
  CUSTOM: 'Custom measure',
};

export const NEED_BASIS_DETAIL: Record<NeedBasis, string> = {
  PREVALENCE:
    'ILO / Walk Free / IOM global estimates of people in forced labour and forced sexual exploitation',
  IDENTIFIED_VICTIMS: 'victims identified by governments, as published in the US TIP report',
  HOTLINE_CASES: 'cases reported to the US National Human Trafficking Hotline',
  PROSECUTIONS: 'trafficking prosecutions, as published in the US TIP report',
  CONVICTIONS: 'trafficking convictions, as published in the US TIP report',
  CUSTOM: 'a need measure imported by an organization',
};

/** The need basis as a noun: "38% of ___". */
export const NEED_BASIS_NOUN: Record<NeedBasis, string> = {
  PREVALENCE: 'estimated victims (prevalence)',
  IDENTIFIED_VICTIMS: 'identified victims',
  HOTLINE_CASES: 'hotline cases',
  PROSECUTIONS: 'prosecutions',
  CONVICTIONS: 'convictions',
  CUSTOM: 'the custom need measure',
};

export const ATTRIBUTION_LABEL: Record<AttributionRule, string> = {
  EXCLUDE: 'Leave shared out',
  EVEN_SPLIT: 'Split shared 50/50',
  NEED_PROPORTIONAL: 'Split shared by need',
  DECLARED_SHARE: 'Declared labor share',
};

export const TYPE_LABEL: Record<TraffickingType, string> = {
  LABOR: 'Labor',
  SEX: 'Sex',
  BOTH: 'Both',
  UNSPECIFIED: 'Not stated',
};

export const CATEGORY_LABEL: Record<ServiceCategory, string> = {
  CASE_MANAGEMENT: 'Case management',
  LEGAL: 'Legal services',
  HOUSING: 'Housing',
  HEALTH: 'Health and mental health',
  EMPLOYMENT: 'Employment',
  TTA: 'Training and technical assistance',
  PREVENTION: 'Prevention',
  LAW_ENFORCEMENT: 'Law enforcement',
  RESEARCH: 'Research',
  OTHER: 'Other',
};

export const CONFIDENCE_LABEL: Record<ConfidenceCode, string> = {
  PRIMARY: 'Primary source',
  SECONDARY: 'Secondary source',
  COMPUTED: 'Computed',
  UNCERTAIN: 'Uncertain',
  ILLUSTRATIVE: 'Illustrative',
};

export const CONFIDENCE_DETAIL: Record<ConfidenceCode, string> = {
  PRIMARY: 'read from the original publication',
  SECONDARY: 'read from a reprint or a later report',
  COMPUTED: 'computed from published material',
  UNCERTAIN: 'disputed or unverified; check before quoting',
  ILLUSTRATIVE: 'generated demo data, not real figures',
};
