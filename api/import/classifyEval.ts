/**
 * Scores the award classifier against hand-labelled award descriptions: precision, recall and F1
 * per class and their unweighted mean (macro F1), so that a rare class counts as much as a common
 * one. See docs/methodology.md, "Classifying federal awards by trafficking type".
 */
import { AWARD_CLASSES, classifyAward, type AwardClass } from './classify';

export interface LabelledAward {
  id: number;
  label: AwardClass;
  program: string;
  description: string;
  heldOut: boolean;
}

export interface ClassScore {
  label: AwardClass;
  /** Awards of this label in the set. */
  support: number;
  /** Null when the class was never predicted (no precision to speak of); counted as 0 in F1. */
  precision: number | null;
  recall: number | null;
  f1: number;
}

export interface Evaluation {
  n: number;
  accuracy: number;
  perClass: ClassScore[];
  macroF1: number;
  errors: { id: number; label: AwardClass; predicted: AwardClass; text: string }[];
}

/** The fixture's [label, program, description] entries; every fourth (id 4, 8, ...) is held out. */
export function parseLabelledAwards(fixture: { awards: [string, string, string][] }) {
  return fixture.awards.map(([label, program, description], i): LabelledAward => {
    if (!(AWARD_CLASSES as readonly string[]).includes(label)) {
      throw new Error(`Award ${i + 1} has the label ${label}, which is not a class.`);
    }
    return {
      id: i + 1,
      label: label as AwardClass,
      program,
      description,
      heldOut: (i + 1) % 4 === 0,
    };
  });
}

/** Precision = TP / predicted, recall = TP / actual, F1 their harmonic mean; macro F1 the mean F1. */
export function scorePredictions(
  pairs: readonly { label: AwardClass; predicted: AwardClass }[],
): Pick<Evaluation, 'n' | 'accuracy' | 'perClass' | 'macroF1'> {
  const perClass = AWARD_CLASSES.filter((c) => pairs.some((p) => p.label === c)).map(
    (label): ClassScore => {
      const tp = pairs.filter((p) => p.label === label && p.predicted === label).length;
      const predicted = pairs.filter((p) => p.predicted === label).length;
      const support = pairs.filter((p) => p.label === label).length;
      const precision = predicted ? tp / predicted : null;
      const recall = support ? tp / support : null;
      const f1 =
        precision !== null && recall !== null && precision + recall > 0
          ? (2 * precision * recall) / (precision + recall)
          : 0;
      return { label, support, precision, recall, f1 };
    },
  );
  const correct = pairs.filter((p) => p.label === p.predicted).length;
  return {
    n: pairs.length,
    accuracy: pairs.length ? correct / pairs.length : 0,
    perClass,
    macroF1: perClass.length ? perClass.reduce((s, c) => s + c.f1, 0) / perClass.length : 0,
  };
}

export function evaluateClassifier(
  awards: readonly LabelledAward[],
  classify: (description: string, program: string) => AwardClass = (d, p) =>
    classifyAward(d, p).type,
): Evaluation {
  const rows = awards.map((a) => ({ ...a, predicted: classify(a.description, a.program) }));
  return {
    ...scorePredictions(rows),
    errors: rows
      .filter((r) => r.predicted !== r.label)
      .map((r) => ({
        id: r.id,
        label: r.label,
        predicted: r.predicted,
        text: `${r.description} | ${r.program}`,
      })),
  };
}
