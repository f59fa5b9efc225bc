import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsWhen, open, ruleOf, workspaceUri } from './util';

const SAMPLE = 'acupuncture-and-massage.imr';

async function completionLabels(uri: vscode.Uri, p: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, p);
  return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

describe('Writing a determination', function () {
  this.timeout(60000);

  it('completes citations after "MAXIMUS guideline:", the item\'s treatment first, each row named by its topic', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'imr', content: 'IMR ISSUES, DECISIONS AND RATIONALES\nMassage therapy 2x6: Upheld\nMAXIMUS guideline: \n' });
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(2, 19));
    const sorted = [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    const first = sorted[0];
    assert.deepStrictEqual(first.label, { label: 'Massage therapy / myofascial release', description: 'MTUS, page(s) 60' });
    assert.strictEqual(first.insertText, 'Decision based on MTUS Chronic Pain Treatment Guidelines Massage therapy Page(s): 60.');
    assert.strictEqual(first.detail, first.insertText, 'the full citation in the detail');
    const rows = list.items.map((i) => (typeof i.label === 'string' ? i.label : `${i.label.label} ${i.label.description ?? ''}`));
    assert.strictEqual(new Set(rows).size, rows.length, rows.join(' | '));
    // Citing no evidence is the expert reviewer's form for an ancillary service decided with its surgery only.
    assert.ok(!list.items.some((i) => i.insertText === 'The Expert Reviewer did not cite any medical evidence for its decision.'));
    assert.ok(list.items.some((i) => (typeof i.insertText === 'string' ? i.insertText : (i.insertText?.value ?? '')).startsWith('The Expert Reviewer did not base their decision on the MTUS.')));
  });

  it('offers the standard paragraph only in an empty rationale, and lets a letter\'s prose be typed without suggestions', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'imr',
      content: 'IMR ISSUES, DECISIONS AND RATIONALES\nMassage therapy 2x6: Upheld\nMAXIMUS guideline: Decision based on MTUS.\nDecision rationale: \n\nTENS unit: Upheld\nMAXIMUS guideline: Decision based on MTUS.\nDecision rationale: Per the MTUS, a trial may be considered. The \n',
    });
    assert.ok((await completionLabels(doc.uri, new vscode.Position(3, 20))).some((l) => l.startsWith('Standard rationale:')));
    assert.deepStrictEqual((await completionLabels(doc.uri, new vscode.Position(7, 63))).filter((l) => l.startsWith('Standard rationale:')), []);
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'imr' });
    assert.deepStrictEqual(editor.get('quickSuggestions'), { other: 'off', comments: 'off', strings: 'off' });
    assert.strictEqual(editor.get('wordBasedSuggestions'), 'off');
  });

  it('completes the decision at the end of a heading', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'imr', content: 'IMR ISSUES, DECISIONS AND RATIONALES\nTENS unit for home use: \n' });
    const labels = await completionLabels(doc.uri, new vscode.Position(1, 24));
    assert.ok(labels.includes('Upheld') && labels.includes('Overturned'), labels.join(', '));
  });

  it('offers the snippets of the standard paragraphs', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'imr', content: 'rat-mass' });
    const labels = await completionLabels(doc.uri, new vscode.Position(0, 8));
    assert.ok(labels.includes('rat-massage'), labels.join(', '));
  });

  it('IMR: New Determination opens an untitled letter from the template, which is reported until it is filled', async () => {
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('imr.newDetermination');
    assert.strictEqual(doc.languageId, 'imr');
    assert.strictEqual(doc.isUntitled, true);
    assert.match(doc.getText(), /^HOW THE IMR FINAL DETERMINATION WAS MADE\n[\s\S]*is a <age> year old <male or female> who sustained an industrial injury on <date of injury>\.[\s\S]*IMR ISSUES, DECISIONS AND RATIONALES[\s\S]*<request as written>: Upheld\nClaims Administrator guideline: /);
    const d = await diagnosticsWhen(doc.uri, (x) => x.some((y) => ruleOf(y) === 'empty-field'));
    const placeholders = d.filter((y) => ruleOf(y) === 'unfilled-placeholder').map((y) => doc.getText(y.range));
    for (const p of ['<age>', '<male or female>', '<date of injury>', '<request as written>', '<guideline and section>']) assert.ok(placeholders.includes(p), `${p} in ${placeholders.join(', ')}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  const ITEM = 'IMR ISSUES, DECISIONS AND RATIONALES\nMassage therapy 2x6: Upheld\nClaims Administrator guideline: x\nMAXIMUS guideline: Decision based on MTUS.\n';

  it('IMR: Insert Rationale for This Item fills an empty rationale with the item, its conclusion agreeing with the decision', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'imr', content: ITEM + 'Decision rationale:\n' });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(1, 2, 1, 2);
    assert.ok(await vscode.commands.executeCommand('imr.insertRationale'));
    const text = doc.getText();
    assert.match(text, /Decision rationale: Per the MTUS Chronic Pain Medical Treatment Guidelines \(8 CCR 9792\.24\.2\), massage therapy is recommended as an option, as an adjunct to other recommended treatment such as exercise, and it should be limited to 4-6 visits in most cases\./);
    assert.match(text, /Therefore, the request for massage therapy 2x6 is not medically necessary\.\n$/);
    assert.strictEqual(text.match(/Per the MTUS/g)!.length, 1);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it("IMR: Insert Rationale for This Item fills a medication item's empty rationale with its class's paragraph", async () => {
    const content = 'IMR ISSUES, DECISIONS AND RATIONALES\nFlexeril 10mg #90: Upheld\nClaims Administrator guideline: x\nMAXIMUS guideline: Decision based on MTUS.\nDecision rationale:\n';
    const doc = await vscode.workspace.openTextDocument({ language: 'imr', content });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(1, 2, 1, 2);
    assert.ok(await vscode.commands.executeCommand('imr.insertRationale'));
    const text = doc.getText();
    assert.match(text, /Decision rationale: Per the MTUS Chronic Pain Medical Treatment Guidelines \(8 CCR 9792\.24\.2\), muscle relaxants/);
    assert.match(text, /Therefore, the request for Flexeril 10mg #90 is not medically necessary\.\n$/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('IMR: Insert Rationale for This Item asks before touching a rationale that has text; inserts at the cursor or replaces, as chosen', async () => {
    const written = 'Decision rationale: Per MTUS, massage is an adjunct. The request is not medically necessary.\n';
    const doc = await vscode.workspace.openTextDocument({ language: 'imr', content: ITEM + written });
    const editor = await vscode.window.showTextDocument(doc);
    const afterAdjunct = new vscode.Position(4, 'Decision rationale: Per MTUS, massage is an adjunct.'.length);
    editor.selection = new vscode.Selection(afterAdjunct, afterAdjunct);
    // Asked, and dismissed: nothing changes (the question is closed as soon as it is shown).
    let settled = false;
    const asked = Promise.resolve(vscode.commands.executeCommand<boolean>('imr.insertRationale')).finally(() => (settled = true));
    while (!settled) await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await asked, false);
    assert.strictEqual(doc.getText(), ITEM + written);
    // At the cursor: the paragraph goes between the two sentences; nothing is appended at the end.
    assert.ok(await vscode.commands.executeCommand('imr.insertRationale', { action: 'cursor' }));
    assert.match(doc.getText(), /massage is an adjunct\. Per the MTUS Chronic Pain Medical Treatment Guidelines[^\n]*is not medically necessary\. The request is not medically necessary\.\n$/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    // Replaced: the rationale's text is the paragraph alone.
    editor.selection = new vscode.Selection(afterAdjunct, afterAdjunct);
    assert.ok(await vscode.commands.executeCommand('imr.insertRationale', { action: 'replace' }));
    assert.match(doc.getText(), /\nDecision rationale: Per the MTUS Chronic Pain Medical Treatment Guidelines[^\n]*Therefore, the request for massage therapy 2x6 is not medically necessary\.\n$/);
    assert.ok(!doc.getText().includes('massage is an adjunct'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('IMR: Copy Decision Summary copies a Markdown table, and a plain-text one in aligned columns', async () => {
    await open(workspaceUri(SAMPLE));
    const table = await vscode.commands.executeCommand<string>('imr.copyDecisionSummary');
    assert.match(table, /^\| Disputed item +\| Decision +\| Treatment +\| Requested visits \|\n\| -+ \| -+ \| -+ \| -+: \|\n/);
    assert.match(table, /\| ACUPUNCTURE 2 X WEEK X 6 WEEKS FOR THE LUMBAR SPINE +\| Upheld +\| Acupuncture +\| +12 \|\n/);
    assert.strictEqual(await vscode.env.clipboard.readText(), table);
    const text = await vscode.commands.executeCommand<string>('imr.copyDecisionSummaryText');
    const lines = text.trimEnd().split('\n');
    const column = lines[0].indexOf('Decision');
    assert.ok(lines.slice(1).every((l) => /^(?:Upheld|Overturned) /.test(l.slice(column))), `the decisions start in one column:\n${text}`);
    assert.strictEqual(await vscode.env.clipboard.readText(), text);
  });
});

describe('Checking a workspace', function () {
  this.timeout(60000);

  it('checks the letters as a task: an open letter keeps its live problems, listed once; the others get the task\'s', async () => {
    const tasks = await vscode.tasks.fetchTasks({ type: 'imr-lint' });
    const task = tasks.find((t) => t.name === 'check all letters in the workspace');
    assert.ok(task, tasks.map((t) => t.name).join(', '));
    const openUri = workspaceUri(SAMPLE);
    await open(openUri);
    const live = await diagnosticsWhen(openUri, (x) => x.length > 0);
    const unopened = workspaceUri('unopened-letter.imr');
    await vscode.workspace.fs.writeFile(unopened, await vscode.workspace.fs.readFile(workspaceUri(SAMPLE)));
    const ended = new Promise<number | undefined>((resolve) => {
      const sub = vscode.tasks.onDidEndTaskProcess((e) => {
        if (e.execution.task.definition.type === 'imr-lint') {
          sub.dispose();
          resolve(e.exitCode);
        }
      });
    });
    const fromTask = diagnosticsWhen(unopened, (x) => x.length > 0);
    await vscode.tasks.executeTask(task);
    assert.strictEqual(await ended, 1, 'the task ends with 1: the letters have errors');
    const d = await fromTask;
    assert.ok(d.some((x) => x.message.includes('"MRI OF THE LUMBAR SPINE"') && x.severity === vscode.DiagnosticSeverity.Error), d.map((x) => x.message).join('\n'));
    assert.ok(d.every((x) => x.source === 'imr'));
    const now = vscode.languages.getDiagnostics(openUri);
    assert.deepStrictEqual(now.map((x) => x.message).sort(), live.map((x) => x.message).sort(), 'the open letter\'s problems, once each');
    assert.deepStrictEqual(vscode.languages.getDiagnostics().flatMap(([, ds]) => ds).filter((x) => x.source !== 'imr'), [], 'no second source of the same problems');
  });
});
