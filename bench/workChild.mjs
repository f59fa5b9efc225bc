// Run under valgrind by bench/work.mjs: analyses the synthetic letter N times with a built language
// service, or lints it N times with markdownlint.
//
//   node workChild.mjs <bundle.js | markdownlint> <size in KB | typical> <N>
//
// With `typical`, one run analyses each typical real letter (4-12 KB) once.
import { createRequire } from 'node:module';
import { seedLetters, syntheticLetter } from './letters.mjs';

const [subject, kb, n] = process.argv.slice(2);
const text = kb === 'typical' ? '' : syntheticLetter(Number(kb) * 1024);
let run;
if (kb === 'typical') {
  const core = createRequire(import.meta.url)(subject);
  const letters = seedLetters().filter((s) => s.text.length >= 4000 && s.text.length <= 12000);
  run = () => letters.forEach((l) => core.analyze(l.text));
} else if (subject === 'markdownlint') {
  const { lint } = await import('markdownlint/sync');
  run = () => lint({ strings: { letter: text } });
} else {
  const core = createRequire(import.meta.url)(subject);
  run = () => core.analyze(text);
}
for (let i = 0; i < Number(n); i++) run();
