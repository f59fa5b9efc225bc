// The web suite: runs in the browser (web worker) extension host, the one vscode.dev uses, bundled
// with esbuild for the browser. A few lines of runner rather than mocha, whose browser build
// expects a DOM that a web worker does not have.
import { tests } from './web.test';

export async function run(): Promise<void> {
  let passed = 0;
  let failed = 0;
  for (const t of tests) {
    try {
      await Promise.race([t.fn(), new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 60 s')), 60000))]);
      passed++;
      console.log(`  ✔ ${t.name}`);
    } catch (e) {
      failed++;
      console.log(`  ✖ ${t.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  console.log(`web-results: ${JSON.stringify({ passed, failed })}`);
  if (failed > 0) throw new Error(`${failed} tests failed.`);
}
