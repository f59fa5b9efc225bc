// Takes the screenshots of the README and docs/editor.md in the real VS Code of the tests (the
// VS Code server, in headless Chromium): a sample letter with its outline, problems and quick
// fixes; the New Determination template with its prompts reported; citation completion; a real
// letter pasted from a PDF, its wrapped headings coloured. Look at each image before committing it.
//
//   node scripts/screenshot.mjs            (after npm run build)
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureServer, root, startServer } from './vscode-server.mjs';

const prefix = ensureServer();
const { chromium } = createRequire(path.join(prefix, 'package.json'))('playwright-core');
const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-shot-'));
fs.copyFileSync(path.join(root, 'samples', 'acupuncture-and-massage.imr'), path.join(ws, 'acupuncture-and-massage.imr'));
const shared = path.resolve(root, '..', 'shared', 'samples');
const realLetter = fs.existsSync(shared) ? fs.readdirSync(shared).filter((f) => f.startsWith('000')).sort()[0] : undefined;
if (realLetter) fs.copyFileSync(path.join(shared, realLetter), path.join(ws, 'letter-electro-acupuncture-cupping-infrared-heat.txt'));
fs.writeFileSync(
  path.join(ws, 'citing.imr'),
  'IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n\nMassage therapy 2x6: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Massage therapy Page(s): 60.\nMAXIMUS guideline: \nDecision rationale:\n',
);
fs.mkdirSync(path.join(root, 'docs', 'images'), { recursive: true });

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
  // From the Explorer, as a reviewer opens a letter (a double click keeps the editor open).
  const openFile = async (name) => {
    await command('View: Show Explorer');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().dblclick();
    await page.waitForTimeout(2500);
  };
  const goTo = async (where) => {
    await command('Go to Line/Column');
    await page.keyboard.type(where);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(800);
  };
  const shot = async (file) => {
    await page.screenshot({ path: path.join(root, file) });
    console.log(`${file} written`);
  };

  // 1. The README's: outline, problems, the quick fixes of an unfilled placeholder.
  await openFile('acupuncture-and-massage.imr');
  await command('Explorer: Focus on Outline View');
  await command('View: Focus Problems');
  await command('View: Focus Active Editor Group');
  await goTo('39:10');
  await page.keyboard.press('Control+.');
  await page.waitForTimeout(1500);
  await shot('images/screenshot.png');
  await page.keyboard.press('Escape');

  // 2. A real letter pasted out of a PDF, opened from a .txt file: its wrapped headings coloured.
  if (realLetter) {
    await openFile('letter-electro-acupuncture-cupping-infrared-heat.txt');
    await goTo('50:1');
    await command('View: Focus Active Editor Group');
    await shot('docs/images/real-letter.png');
  }

  // 3. Citation completion after "MAXIMUS guideline:": rows named by treatment and source.
  await openFile('citing.imr');
  await goTo('6:20');
  await page.keyboard.press('Control+Space');
  await page.waitForTimeout(1500);
  // Once more: the selected row's detail (the full citation) opens beside the list.
  await page.keyboard.press('Control+Space');
  await page.waitForTimeout(800);
  await shot('docs/images/citations.png');
  await page.keyboard.press('Escape');

  // 4. IMR: New Determination, untouched: its prompts and its empty rationale reported.
  await command('IMR: New Determination');
  await page.keyboard.press('Escape');
  // Alone in its group, so that the Problems view lists its problems only.
  await command('View: Close Other Editors in Group');
  await page.waitForTimeout(1500);
  await command('View: Focus Problems');
  await command('View: Focus Active Editor Group');
  await page.waitForTimeout(1000);
  await shot('docs/images/new-determination.png');
} finally {
  await browser.close();
  await server.stop();
  fs.rmSync(ws, { recursive: true, force: true });
}
