// npm run try: a real VS Code in the browser with this extension loaded and a workspace of sample
// letters. Prints the address to open; Ctrl-C stops it and removes what it made.
//
//   npm run try                          on this machine: http://127.0.0.1:PORT/...
//   npm run try -- --host 0.0.0.0        reachable from other machines, with a connection token
//   npm run try -- --port 8080           a fixed port (or PORT=8080)
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureServer, root, startServer } from './vscode-server.mjs';

const { values: opts } = parseArgs({ options: { host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string', default: process.env.PORT ?? '' }, help: { type: 'boolean' } } });
if (opts.help) {
  console.log('npm run try [-- --host ADDRESS] [-- --port N]\n  --host 0.0.0.0  listen on every interface (a connection token is then required in the address)');
  process.exit(0);
}

/** The real letters' files named by what they hold: their disputed treatments, from the analysis. */
function nameByContent(text, taken) {
  const { analyze } = createRequire(import.meta.url)(path.join(root, 'dist', 'core.js'));
  const a = analyze(text);
  const treatments = [...new Set(a.requests.map((r) => r.treatment?.id).filter(Boolean))].slice(0, 3);
  const base = `letter-${treatments.length ? treatments.join('-') : 'other'}`;
  let name = `${base}.txt`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}.txt`;
  taken.add(name);
  return name;
}

const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-try-'));
const taken = new Set();
for (const f of fs.readdirSync(path.join(root, 'samples'))) {
  fs.copyFileSync(path.join(root, 'samples', f), path.join(ws, f));
  taken.add(f);
}
const shared = path.resolve(root, '..', 'shared', 'samples');
if (fs.existsSync(shared)) {
  for (const f of fs.readdirSync(shared).filter((x) => x.endsWith('.txt')).sort()) {
    const text = fs.readFileSync(path.join(shared, f), 'utf8');
    fs.writeFileSync(path.join(ws, nameByContent(text, taken)), text);
  }
}
fs.mkdirSync(path.join(ws, '.vscode'));
fs.writeFileSync(path.join(ws, '.vscode', 'settings.json'), JSON.stringify({ 'editor.codeActionsOnSave': { 'source.fixAll.imr': 'explicit' } }, null, 2));

const loopback = /^(?:127\.|localhost$|::1$)/.test(opts.host);
// Anyone who reaches the server can run commands on this machine: beyond loopback, a token guards it.
const connectionToken = loopback ? undefined : randomBytes(16).toString('hex');
const server = await startServer({ prefix: ensureServer(), host: opts.host, port: Number(opts.port) || undefined, connectionToken });
const wildcard = opts.host === '0.0.0.0' || opts.host === '::';
const publicHost = wildcard ? os.hostname() : opts.host;
const url = server.url(ws, [['extensionDevelopmentPath', root]], publicHost);
console.log(`\nVS Code with the IMR extension is running. Open:\n\n  ${url}\n`);
if (wildcard) {
  const addresses = Object.values(os.networkInterfaces()).flat().filter((i) => i && i.family === 'IPv4' && !i.internal).map((i) => i.address);
  for (const a of addresses) console.log(`  ${server.url(ws, [['extensionDevelopmentPath', root]], a)}\n`);
}
if (connectionToken) console.log('The address holds a connection token: share it only with whoever may use this machine.\n');
console.log('Press Ctrl-C to stop.');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  fs.rmSync(ws, { recursive: true, force: true });
  console.log('stopped');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
