// Run under valgrind by bench/work.mjs: analyses the synthetic letter N times with a built language
// service, or lints it N times with markdownlint.
//
//   node workChild.mjs <bundle.js | markdownlint> <size in KB> <N>
import { createRequire } from 'node:module';
import { syntheticLetter } from './letters.mjs';

const [subject, kb, n] = process.argv.slice(2);
const text = syntheticLetter(Number(kb) * 1024);
let run;
if (subject === 'markdownlint') {
  const { lint } = await import('markdownlint/sync');
  run = () => lint({ strings: { letter: text } });
} else {
  const core = createRequire(import.meta.url)(subject);
  run = () => core.analyze(text);
}
for (let i = 0; i < Number(n); i++) run();
