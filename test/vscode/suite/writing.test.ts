import * as assert from 'assert';
import * as vscode from 'vscode';
import { open, workspaceUri } from './util';

const SAMPLE = 'acupuncture-and-massage.imr';

async function completionLabels(uri: vscode.Uri, p: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, p);
  return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

describe('Writing a determination', function () {
  this.timeout(60000);

  it('completes citations after "MAXIMUS guideline:", the item\'s treatment first', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'imr', content: 'IMR ISSUES, DECISIONS AND RATIONALES\nMassage therapy 2x6: Upheld\nMAXIMUS guideline: \n' });
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(2, 19));
    const sorted = [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    const first = sorted[0];
    assert.strictEqual(typeof first.label === 'string' ? first.label : first.label.label, 'Decision based on MTUS Chronic Pain Treatment Guidelines Massage therapy Page(s): 60.');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('The Expert Reviewer did not cite any medical evidence for its decision.'));
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

  it('IMR: New Determination opens an untitled letter from the template', async () => {
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('imr.newDetermination');
    assert.strictEqual(doc.languageId, 'imr');
    assert.strictEqual(doc.isUntitled, true);
    assert.match(doc.getText(), /^HOW THE IMR FINAL DETERMINATION WAS MADE\n[\s\S]*CLINICAL CASE SUMMARY[\s\S]*IMR ISSUES, DECISIONS AND RATIONALES[\s\S]*REQUEST AS WRITTEN: Upheld\nClaims Administrator guideline: /);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('IMR: Insert Rationale for This Item fills the paragraph with the item', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'imr',
      content: 'IMR ISSUES, DECISIONS AND RATIONALES\nMassage therapy 2x6: Upheld\nClaims Administrator guideline: x\nMAXIMUS guideline: Decision based on MTUS.\nDecision rationale:\n',
    });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(1, 2, 1, 2);
    assert.ok(await vscode.commands.executeCommand('imr.insertRationale'));
    assert.match(doc.getText(), /Decision rationale: Per the MTUS Chronic Pain Medical Treatment Guidelines \(8 CCR 9792\.24\.2\), recommended as an option as an adjunct/);
    assert.match(doc.getText(), /The guidelines allow up to 6 visits\./);
    assert.match(doc.getText(), /Therefore, the request for Massage therapy 2x6 is not medically necessary\./);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('IMR: Copy Decision Summary copies the items, decisions and requested visits', async () => {
    await open(workspaceUri(SAMPLE));
    const summary = await vscode.commands.executeCommand<string>('imr.copyDecisionSummary');
    assert.match(summary, /^Disputed item\tDecision\tTreatment\tRequested visits\n/);
    assert.match(summary, /ACUPUNCTURE 2 X WEEK X 6 WEEKS FOR THE LUMBAR SPINE\tUpheld\tAcupuncture\t12\n/);
    assert.strictEqual(await vscode.env.clipboard.readText(), summary);
  });
});

describe('Checking a workspace', function () {
  this.timeout(60000);

  it('runs imr-lint as a task and fills the Problems view through the $imr-lint problem matcher', async () => {
    const tasks = await vscode.tasks.fetchTasks({ type: 'imr-lint' });
    const task = tasks.find((t) => t.name === 'check all letters in the workspace');
    assert.ok(task, tasks.map((t) => t.name).join(', '));
    const uri = workspaceUri('physical-therapy-modified.txt');
    const fromTask = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'imr-lint');
    const ended = new Promise<number | undefined>((resolve) => {
      const sub = vscode.tasks.onDidEndTaskProcess((e) => {
        if (e.execution.task.definition.type === 'imr-lint') {
          sub.dispose();
          resolve(e.exitCode);
        }
      });
    });
    const diagnostics = new Promise<vscode.Diagnostic[]>((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics(() => {
        if (fromTask().length) {
          sub.dispose();
          resolve(fromTask());
        }
      });
    });
    await vscode.tasks.executeTask(task);
    assert.strictEqual(await ended, 1, 'imr-lint exits 1: the letters have errors');
    const d = await diagnostics;
    assert.ok(d.some((x) => x.message.includes('"TENS unit for home use"') && x.severity === vscode.DiagnosticSeverity.Error), d.map((x) => x.message).join('\n'));
  });
});
