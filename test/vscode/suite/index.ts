// Runs inside the VS Code extension host (extensionTestsPath): loads every *.test.js beside it.
import * as fs from 'fs';
import * as path from 'path';
import * as MochaNamespace from 'mocha';

// mocha 12 is an ES module; through require() its constructor is the default export.
type MochaClass = typeof import('mocha');
const Mocha = ((MochaNamespace as unknown as { default?: MochaClass }).default ?? (MochaNamespace as unknown as MochaClass));

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const results = process.env.IMR_TEST_RESULTS;
      if (results) fs.writeFileSync(results, JSON.stringify({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? failures, pending: runner.stats?.pending ?? 0 }));
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}
