#!/usr/bin/env node
// Runs the integration suite (test/vscode/suite) inside a real VS Code, once for the whole suite.
//
// - With VSCODE_EXECUTABLE (a desktop VS Code) or IMR_TEST_ELECTRON=1 (download one): @vscode/test-electron.
// - Otherwise (machines that reach only npm and Debian): the VS Code server from the npm package
//   code-server, installed into .vscode-test/ by scripts/install-vscode-server.sh, driven by Debian's
//   Chromium through playwright-core. The extension host is VS Code's own Node.js extension host.
//
// Prints the suite's output and a line "vscode: N passed, N failed"; exits non-zero on failure.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as util from 'node:util';
import * as esbuild from 'esbuild';
import { ensureServer, root, startServer } from './vscode-server.mjs';

const outDir = path.join(root, 'out', 'test', 'vscode', 'suite');
const timeoutMs = Number(process.env.IMR_TEST_TIMEOUT_MS || 300000);
const withVsix = process.argv.includes('--vsix');

async function compileSuite() {
  fs.rmSync(outDir, { recursive: true, force: true });
  const entries = fs.readdirSync(path.join(root, 'test', 'vscode', 'suite')).filter((f) => f.endsWith('.ts')).map((f) => path.join(root, 'test', 'vscode', 'suite', f));
  await esbuild.build({ entryPoints: entries, outdir: outDir, platform: 'node', format: 'cjs', target: 'node20', bundle: false, sourcemap: 'inline', logLevel: 'warning' });
}

/** A fresh workspace with the bundled letters (and the real samples of ../shared when present). */
function makeWorkspace() {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-ws-'));
  for (const f of fs.readdirSync(path.join(root, 'samples'))) fs.copyFileSync(path.join(root, 'samples', f), path.join(ws, f));
  fs.writeFileSync(path.join(ws, 'notes.txt'), 'Reviewer notes, not a letter.\nUpheld items to check tomorrow.\n');
  const shared = path.resolve(root, '..', 'shared', 'samples');
  const first = fs.existsSync(shared) ? fs.readdirSync(shared).filter((f) => f.startsWith('000')).sort()[0] : undefined;
  if (first) {
    fs.copyFileSync(path.join(shared, first), path.join(ws, 'shared-000.imr'));
    fs.copyFileSync(path.join(shared, first), path.join(ws, 'shared-000.txt'));
  }
  fs.mkdirSync(path.join(ws, '.vscode'));
  fs.writeFileSync(path.join(ws, '.vscode', 'settings.json'), '{}\n');
  return ws;
}

function readResults(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Builds the .vsix as it ships (production bundle) and returns its path. */
function packageVsix() {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the production build failed');
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const vsix = path.join(root, '.vscode-test', `${pkg.name}-${pkg.version}.vsix`);
  fs.mkdirSync(path.dirname(vsix), { recursive: true });
  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const p = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--no-rewrite-relative-links', '--out', vsix], { cwd: root, encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`vsce package failed:\n${p.stdout}\n${p.stderr}`);
  return vsix;
}

async function runElectron(ws, resultsFile, extensionPath) {
  const { runTests } = await import('@vscode/test-electron');
  process.env.IMR_TEST_RESULTS = resultsFile;
  try {
    await runTests({
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      extensionDevelopmentPath: extensionPath,
      extensionTestsPath: path.join(outDir, 'index.js'),
      launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust'],
      extensionTestsEnv: { IMR_TEST_RESULTS: resultsFile },
    });
    return 0;
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    return 1;
  }
}

async function runServer(ws, resultsFile, extensionPath, vsix) {
  const prefix = ensureServer();
  const { chromium } = createRequire(path.join(prefix, 'package.json'))('playwright-core');
  const server = await startServer({ prefix, vsix, env: { IMR_TEST_RESULTS: resultsFile } });
  let browser;
  let code = 1;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    const page = await (await browser.newContext()).newPage();
    // The workbench's warnings and errors (slow start-up steps, errors VS Code expects and handles)
    // are kept, and shown only when the suite fails.
    const held = [];
    const done = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (c) => resolve(c)));
    const noise = /Resolv(ing|ed) connection token|Creating a socket|Service Worker|ChatSession|Updating additional builtin|getaddrinfo|ENOTFOUND|open-vsx|Started local extension host|Loading development extension|AccountPolicyGate|AgentHost|reconnection-grace-time|marketplace|Extension host agent started|\[perf\]|Creation of workbench contribution|CodeExpectedError|ENOPRO/i;
    page.on('console', async (m) => {
      // The extension host's console reaches the page as ["%c INFO", "color: ...", format, ...args].
      let a;
      try {
        a = await Promise.all(m.args().map((x) => x.jsonValue().catch(() => String(x))));
      } catch {
        return;
      }
      const level = typeof a[0] === 'string' && /^%c (INFO|ERR|WARN)$/.exec(a[0]);
      if (!level || a.length < 3) return;
      const line = util.format(...a.slice(2));
      if (process.env.VERBOSE === '1') console.log(level[1] === 'INFO' ? line : `[${level[1]}] ${line}`);
      else if (level[1] !== 'INFO') held.push(`[${level[1]}] ${line}`);
      else if (!noise.test(line)) console.log(line);
    });
    await page.goto(server.url(ws, [['extensionDevelopmentPath', extensionPath], ['extensionTestsPath', path.join(outDir, 'index.js')]]));
    code = await Promise.race([done, new Promise((r) => setTimeout(() => r(124), timeoutMs))]);
    if (code === 124) console.error(`[vscode] the suite did not finish within ${timeoutMs / 1000}s`);
    if (code !== 0 && held.length) console.log(`[vscode] what VS Code said during the run:\n${held.join('\n')}`);
  } catch (e) {
    console.error('[vscode]', e instanceof Error ? e.message : e);
    code = 1;
  } finally {
    if (browser) await browser.close().catch(() => {});
    await server.stop();
  }
  return code;
}

/** One run of the whole suite; prints "<label>: N passed, N failed" and says whether it passed. */
async function runSuite(label, extensionPath, vsix) {
  const ws = makeWorkspace();
  const resultsFile = path.join(os.tmpdir(), `imr-vscode-results-${process.pid}.json`);
  fs.rmSync(resultsFile, { force: true });
  const electron = Boolean(process.env.VSCODE_EXECUTABLE) || process.env.IMR_TEST_ELECTRON === '1';
  let code;
  try {
    code = electron ? await runElectron(ws, resultsFile, extensionPath) : await runServer(ws, resultsFile, extensionPath, vsix);
  } catch (e) {
    console.error(`[${label}]`, e instanceof Error ? e.message : e);
    code = 1;
  }
  fs.rmSync(ws, { recursive: true, force: true });
  const results = readResults(resultsFile);
  fs.rmSync(resultsFile, { force: true });
  if (results) console.log(`${label}: ${results.passed} passed, ${results.failed} failed${results.pending ? `, ${results.pending} skipped` : ''}`);
  else console.log(`${label}: 0 passed, 1 failed (the suite did not report)`);
  return code === 0 && results !== null && results.failed === 0;
}

/** `npm run try`: starts, serves the web client with the extension, stops on Ctrl-C (SIGINT). */
async function checkTry() {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'try.mjs')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const failures = [];
  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed:\n${out}`)), 120000);
      child.stdout.on('data', () => {
        const m = /http:\/\/127\.0\.0\.1:\d+\/\S+/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[0]);
        }
      });
    });
    if (!decodeURIComponent(url).includes('extensionDevelopmentPath')) failures.push('the address does not load the extension');
    const res = await fetch(url);
    if (res.status !== 200) failures.push(`the address answers ${res.status}`);
    const ws = decodeURIComponent(/folder=([^&]+)/.exec(url)[1]);
    if (!fs.existsSync(path.join(ws, 'acupuncture-and-massage.imr'))) failures.push('the workspace has no sample letters');
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    if (code !== 0) failures.push(`Ctrl-C ends it with code ${code}`);
    if (fs.existsSync(ws)) failures.push('the workspace is left behind');
  } catch (e) {
    failures.push(e instanceof Error ? e.message : String(e));
    child.kill('SIGKILL');
  }
  for (const f of failures) console.error(`[npm run try] ${f}`);
  console.log(`vscode (npm run try): ${failures.length ? 0 : 1} passed, ${failures.length ? 1 : 0} failed`);
  return failures.length === 0;
}

async function main() {
  await compileSuite();
  let ok = await runSuite('vscode', root);
  // Then once more against the packaged extension, installed from its .vsix, so that a packaging
  // mistake fails too (the electron runner has no installed-extension mode: it tests the folder).
  if (withVsix && !(Boolean(process.env.VSCODE_EXECUTABLE) || process.env.IMR_TEST_ELECTRON === '1')) {
    console.log('\n[vscode] the same suite against the installed .vsix');
    ok = (await runSuite('vscode (installed .vsix)', path.join(root, 'test', 'vscode', 'host'), packageVsix())) && ok;
  }
  if (!(Boolean(process.env.VSCODE_EXECUTABLE) || process.env.IMR_TEST_ELECTRON === '1')) ok = (await checkTry()) && ok;
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  console.log('vscode: 0 passed, 1 failed');
  process.exit(1);
});
