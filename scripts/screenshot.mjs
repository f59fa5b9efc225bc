// Takes images/screenshot.png for the README: a sample letter in VS Code with its outline, its
// problems and the quick fixes of one of them. Uses the same VS Code server as the tests.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureServer, root, startServer } from './vscode-server.mjs';

const prefix = ensureServer();
const { chromium } = createRequire(path.join(prefix, 'package.json'))('playwright-core');
const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-shot-'));
fs.copyFileSync(path.join(root, 'samples', 'acupuncture-and-massage.imr'), path.join(ws, 'acupuncture-and-massage.imr'));
const server = await startServer({ prefix });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'] });
try {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 860 } })).newPage();
  await page.goto(server.url(ws, [['extensionDevelopmentPath', root]]));
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  await page.waitForTimeout(4000);
  const command = async (name) => {
    await page.keyboard.press('F1');
    await page.waitForTimeout(400);
    await page.keyboard.type(name);
    await page.waitForTimeout(600);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1200);
  };
  await page.keyboard.press('Control+P');
  await page.waitForTimeout(500);
  await page.keyboard.type('acupuncture-and-massage.imr');
  await page.waitForTimeout(800);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(2500);
  await command('Explorer: Focus on Outline View');
  await command('View: Focus Problems');
  await command('View: Focus Active Editor Group');
  await command('Go to Line/Column');
  await page.keyboard.type('39:10');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(800);
  await page.keyboard.press('Control+.');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(root, 'images', 'screenshot.png') });
  console.log('images/screenshot.png written');
} finally {
  await browser.close();
  await server.stop();
  fs.rmSync(ws, { recursive: true, force: true });
}
