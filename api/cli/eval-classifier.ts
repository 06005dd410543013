/**
 * npm run eval:classifier [-- --errors]: precision and recall per class and macro F1 of the award
 * classifier on the hand-labelled set in tests/fixtures/award-descriptions.json, for the awards the
 * rules were tuned on and for the held-out ones.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CLASSIFIER_RULE } from '../import/classify';
import { evaluateClassifier, parseLabelledAwards, type Evaluation } from '../import/classifyEval';

const fixture = fileURLToPath(
  new URL('../../tests/fixtures/award-descriptions.json', import.meta.url),
);
const awards = parseLabelledAwards(
  JSON.parse(readFileSync(fixture, 'utf8')) as { awards: [string, string, string][] },
);
const showErrors = process.argv.includes('--errors');
const f = (x: number | null) => (x === null ? '  —  ' : x.toFixed(3));

function print(title: string, e: Evaluation): void {
  process.stdout.write(`\n${title}: ${e.n} awards, accuracy ${f(e.accuracy)}\n`);
  process.stdout.write('  class              support  precision  recall    F1\n');
  for (const c of e.perClass) {
    process.stdout.write(
      `  ${c.label.padEnd(18)} ${String(c.support).padStart(7)}  ${f(c.precision).padStart(9)}  ${f(c.recall).padStart(6)}  ${f(c.f1)}\n`,
    );
  }
  process.stdout.write(`  macro F1 ${f(e.macroF1)}\n`);
  if (showErrors) {
    for (const x of e.errors) {
      process.stdout.write(`  #${x.id} ${x.label} -> ${x.predicted}: ${x.text}\n`);
    }
  }
}

process.stdout.write(`Classifier ${CLASSIFIER_RULE}, ${fixture}\n`);
print('All', evaluateClassifier(awards));
print('Tuned on (ids not divisible by 4)', evaluateClassifier(awards.filter((a) => !a.heldOut)));
print('Held out (ids divisible by 4)', evaluateClassifier(awards.filter((a) => a.heldOut)));

const fresh = fileURLToPath(
  new URL('../../tests/fixtures/award-descriptions-fresh.json', import.meta.url),
);
print(
  'Fresh set (written after the rules were frozen)',
  evaluateClassifier(
    parseLabelledAwards(
      JSON.parse(readFileSync(fresh, 'utf8')) as { awards: [string, string, string][] },
    ),
  ),
);
