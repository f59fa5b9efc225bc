// npm run try: a real VS Code in the browser with this extension loaded and a workspace of sample
// letters. Prints the address to open; Ctrl-C stops it and removes what it made.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureServer, root, startServer } from './vscode-server.mjs';

const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-try-'));
for (const f of fs.readdirSync(path.join(root, 'samples'))) fs.copyFileSync(path.join(root, 'samples', f), path.join(ws, f));
const shared = path.resolve(root, '..', 'shared', 'samples');
if (fs.existsSync(shared)) for (const f of fs.readdirSync(shared)) fs.copyFileSync(path.join(shared, f), path.join(ws, f));
fs.mkdirSync(path.join(ws, '.vscode'));
fs.writeFileSync(path.join(ws, '.vscode', 'settings.json'), JSON.stringify({ 'editor.codeActionsOnSave': { 'source.fixAll.imr': 'explicit' } }, null, 2));

const server = await startServer({ prefix: ensureServer(), port: Number(process.env.PORT) || undefined });
const url = server.url(ws, [['extensionDevelopmentPath', root]]);
console.log(`\nVS Code with the IMR extension is running. Open:\n\n  ${url}\n\nPress Ctrl-C to stop.`);

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
