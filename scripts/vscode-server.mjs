// The VS Code server shipped in the npm package code-server: installed into .vscode-test/ on first
// use, started on a loopback port with its own temporary user data. Shared by the integration
// tests (scripts/run-vscode-tests.mjs) and `npm run try` (scripts/try.mjs).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** Installs the server if needed; returns the folder it lives in. */
export function ensureServer() {
  const prefix = process.env.IMR_VSCODE_SERVER_PREFIX || path.join(root, '.vscode-test', 'code-server');
  const r = spawnSync('bash', [path.join(root, 'scripts', 'install-vscode-server.sh'), prefix], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('installing the VS Code server failed');
  return prefix;
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'security.workspace.trust.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'files.autoSave': 'off',
};

/**
 * Starts the server. `vsix` is installed into its extensions folder first. Resolves once it
 * listens, with the port, a URL builder for a folder and a payload, and stop(). A `connectionToken`
 * is required in the address (as `tkn`); without one, only the local machine should reach the server.
 */
export async function startServer({ prefix, vsix, env = {}, host = '127.0.0.1', port = 20000 + Math.floor(Math.random() * 20000), connectionToken }) {
  const serverMain = path.join(prefix, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-vsc-'));
  const userData = path.join(tmp, 'user-data');
  const serverData = path.join(tmp, 'server-data');
  const extensionsDir = path.join(tmp, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS));
  const common = ['--server-data-dir', serverData, '--user-data-dir', userData, '--extensions-dir', extensionsDir, '--accept-server-license-terms'];
  if (vsix) {
    // Installed as a user installs it, into this VS Code's extensions folder.
    const r = spawnSync(process.execPath, [serverMain, '--install-extension', vsix, ...common], { encoding: 'utf8' });
    if (r.status !== 0 || !/successfully installed/.test(r.stdout)) throw new Error(`installing ${vsix} failed:\n${r.stdout}\n${r.stderr}`);
  }
  const token = connectionToken ? ['--connection-token', connectionToken] : ['--without-connection-token'];
  const args = [serverMain, '--host', host, '--port', String(port), ...token, ...common, '--disable-telemetry', '--disable-workspace-trust', '--enable-smoke-test-driver'];
  const server = spawn(process.execPath, args, {
    env: { ...process.env, ...env, XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_DATA_HOME: path.join(tmp, 'xdg-data') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  let exited = false;
  server.on('exit', () => (exited = true));
  await new Promise((resolve, reject) => {
    const onData = (d) => {
      log += d.toString();
      if (/Extension host agent listening on/.test(log)) resolve();
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (c) => reject(new Error(`the VS Code server exited early (${c}):\n${log}`)));
    setTimeout(() => reject(new Error(`the VS Code server did not start:\n${log}`)), 90000);
  });
  return {
    port,
    /**
     * The web client's address for a folder, with VS Code's extension-development payload;
     * `publicHost` names the machine as the browser reaches it (the server may listen on 0.0.0.0).
     */
    url(folder, payload = [], publicHost = host) {
      const authority = `${publicHost.includes(':') ? `[${publicHost}]` : publicHost}:${port}`;
      const remote = (p) => `vscode-remote://${authority}${p}`;
      const entries = payload.map(([k, v]) => [k, remote(v)]);
      const tkn = connectionToken ? `&tkn=${encodeURIComponent(connectionToken)}` : '';
      return `http://${authority}/?folder=${encodeURIComponent(folder)}${tkn}${entries.length ? `&payload=${encodeURIComponent(JSON.stringify(entries))}` : ''}`;
    },
    async stop() {
      if (!exited) {
        const gone = new Promise((r) => server.once('exit', r));
        server.kill('SIGTERM');
        await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
        if (!exited) server.kill('SIGKILL');
      }
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
