import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsWhen, EXTENSION_ID, open, openAs, ruleOf, workspaceUri } from './util';

const SAMPLE = 'acupuncture-and-massage.imr';
const TXT_SAMPLE = 'physical-therapy-modified.txt';

describe('IMR Determination in VS Code', function () {
  this.timeout(60000);

  before(async () => {
    // Leave the settings as the tests found them.
    await vscode.workspace.getConfiguration('imr').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('activates only for IMR letters and plain text (to recognise .txt letters)', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'the extension is installed');
    assert.deepStrictEqual(ext.packageJSON.activationEvents, ['onLanguage:imr', 'onLanguage:plaintext']);
  });

  it('recognises a .imr file and activates', async () => {
    const editor = await open(workspaceUri(SAMPLE));
    assert.strictEqual(editor.document.languageId, 'imr');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });

  it('recognises a .txt file whose first line is the determination heading', async () => {
    const doc = await openAs(workspaceUri(TXT_SAMPLE), 'imr');
    assert.strictEqual(doc.languageId, 'imr');
  });

  it('leaves other .txt files alone', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('notes.txt'));
    assert.strictEqual(doc.languageId, 'plaintext');
  });

  it('outlines sections, disputed items with their decisions, and fields', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', workspaceUri(SAMPLE));
    assert.deepStrictEqual(
      symbols.map((s) => s.name),
      ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES'],
    );
    const items = symbols[2].children;
    assert.deepStrictEqual(
      items.map((i) => [i.name, i.detail]),
      [
        ['ACUPUNCTURE 2 X WEEK X 6 WEEKS FOR THE LUMBAR SPINE', 'Upheld'],
        ['Myofascial release, two sessions per week for four weeks to the lumbar spine', 'Upheld'],
        ['MRI OF THE LUMBAR SPINE', 'Overturned'],
      ],
    );
    assert.deepStrictEqual(items[0].children.map((f) => f.name), ['Claims Administrator guideline', 'MAXIMUS guideline', 'Decision rationale']);
    assert.deepStrictEqual(items[2].children.map((f) => f.name), ['Claims Administrator guideline', 'Decision rationale']);
  });

  it('outlines the .txt letter, its modified request by the disputed portion', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', workspaceUri(TXT_SAMPLE));
    const issues = symbols.find((s) => s.name.startsWith('IMR ISSUES'))!;
    assert.deepStrictEqual(
      issues.children.map((i) => [i.name, i.detail]),
      [
        ['Physical therapy for the right shoulder six sessions', 'Upheld'],
        ['TENS unit for home use', 'Overturned'],
      ],
    );
  });

  it('folds sections, items and fields', async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', workspaceUri(SAMPLE));
    const starts = ranges.map((r) => r.start);
    for (const line of [0, 7, 16, 19, 27, 34, 43]) assert.ok(starts.includes(line), `a folding range starts on line ${line + 1}: ${starts.join(',')}`);
  });

  it('publishes the diagnostics, with rule ids as codes', async () => {
    const d = await diagnosticsWhen(workspaceUri(SAMPLE), (x) => x.length > 0);
    assert.deepStrictEqual(d.map(ruleOf).sort(), ['claims-administrator-without-maximus', 'missing-conclusion', 'unfilled-placeholder', 'visit-limit-exceeded', 'visit-limit-exceeded']);
    const placeholder = d.find((x) => ruleOf(x) === 'unfilled-placeholder')!;
    assert.strictEqual(placeholder.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(placeholder.source, 'imr');
    const code = placeholder.code as { value: string; target: vscode.Uri };
    assert.match(code.target.path, /docs\/rules\/unfilled-placeholder\.md$/);
  });

  it('shows the request and its guideline limit on hover', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', workspaceUri(SAMPLE), new vscode.Position(19, 3));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /Acupuncture/);
    assert.match(text, /12 visits/);
    assert.match(text, /initial trial of 6 visits/);
  });

  it('offers quick fixes, and applying one removes its diagnostic', async () => {
    const uri = workspaceUri(SAMPLE);
    const d = await diagnosticsWhen(uri, (x) => x.some((y) => ruleOf(y) === 'claims-administrator-without-maximus'));
    const target = d.find((y) => ruleOf(y) === 'claims-administrator-without-maximus')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => t.startsWith('Add "MAXIMUS guideline: Decision based on MTUS ACOEM Chapter 12')), titles.join(' | '));
    assert.ok(titles.includes('Disable claims-administrator-without-maximus in this workspace'));
    const fix = actions.find((a) => a.title.startsWith('Add "MAXIMUS guideline'))!;
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    await diagnosticsWhen(uri, (x) => !x.some((y) => ruleOf(y) === 'claims-administrator-without-maximus'));
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.match(doc.getText(), /Page\(s\): 303-304\.\nMAXIMUS guideline: Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page\(s\): 303-304\.\n/);
  });

  it('fixes on save (source.fixAll.imr) only what is mechanical: never the reviewer\'s citation or conclusion', async () => {
    // A copy of the sample, untouched by the quick fix applied above.
    const uri = workspaceUri('fix-on-save.imr');
    await vscode.workspace.fs.copy(workspaceUri(SAMPLE), uri, { overwrite: true });
    await vscode.workspace.getConfiguration('editor', { languageId: 'imr' }).update('codeActionsOnSave', { 'source.fixAll.imr': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      const editor = await open(uri);
      await diagnosticsWhen(uri, (x) => x.some((y) => ruleOf(y) === 'unfilled-placeholder'));
      const before = editor.document.getText();
      assert.ok(before.includes('<Insert Section (Low back)>'));
      await vscode.commands.executeCommand('workbench.action.files.save');
      const d = await diagnosticsWhen(uri, (x) => !x.some((y) => ruleOf(y) === 'unfilled-placeholder'));
      const text = editor.document.getText();
      assert.strictEqual(text, before.replace('<Insert Section (Low back)>', 'Low back'), 'the placeholder holding its value is filled, and nothing else changes');
      for (const rule of ['claims-administrator-without-maximus', 'missing-conclusion', 'visit-limit-exceeded']) {
        assert.ok(d.some((y) => ruleOf(y) === rule), `${rule}: its fix is offered, not applied`);
      }
      assert.strictEqual(editor.document.isDirty, false);
    } finally {
      await vscode.workspace.getConfiguration('editor', { languageId: 'imr' }).update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });

  it('follows the rule settings, and a bad setting value leaves the defaults in force', async () => {
    const uri = workspaceUri(SAMPLE);
    const cfg = vscode.workspace.getConfiguration('imr');
    await cfg.update('rules', { 'visit-limit-exceeded': 'off' }, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhen(uri, (x) => !x.some((y) => ruleOf(y) === 'visit-limit-exceeded'));
    await cfg.update('rules', { 'visit-limit-exceeded': 'loud' }, vscode.ConfigurationTarget.Workspace);
    // The sample's items are Upheld and their rationales silent about the excess: information.
    await diagnosticsWhen(uri, (x) => x.some((y) => ruleOf(y) === 'visit-limit-exceeded' && y.severity === vscode.DiagnosticSeverity.Information));
    await cfg.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('reads a workspace guidelines file, and keeps the built-in data when the file is invalid', async () => {
    const uri = workspaceUri(SAMPLE);
    await open(uri);
    const limits = (x: readonly vscode.Diagnostic[]) => x.filter((y) => ruleOf(y) === 'visit-limit-exceeded').length;
    await diagnosticsWhen(uri, (x) => limits(x) === 2);
    const encode = (o: unknown) => new TextEncoder().encode(typeof o === 'string' ? o : JSON.stringify(o));
    await vscode.workspace.fs.writeFile(
      workspaceUri('imr-guidelines.json'),
      encode({ guidelines: [{ id: 'mtus-massage', treatment: 'massage', source: 'MTUS', guideline: 'Local policy', citation: 'Local massage policy', summary: 'Up to 12 visits.', limit: { maxVisits: 12 }, preferred: true, status: 'verified' }] }),
    );
    await vscode.workspace.fs.writeFile(workspaceUri('broken-guidelines.json'), encode('{ "guidelines": [ { "id": "Not Kebab" } ] }'));
    const cfg = vscode.workspace.getConfiguration('imr');
    try {
      await cfg.update('guidelinesFile', 'imr-guidelines.json', vscode.ConfigurationTarget.Workspace);
      await diagnosticsWhen(uri, (x) => limits(x) === 1);
      await cfg.update('guidelinesFile', 'broken-guidelines.json', vscode.ConfigurationTarget.Workspace);
      await diagnosticsWhen(uri, (x) => limits(x) === 2);
      const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { configuration: { kb: { guidelines: readonly unknown[] } } };
      assert.ok(api.configuration.kb.guidelines.length > 20, 'the built-in guidelines are in force');
    } finally {
      await cfg.update('guidelinesFile', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('checks a letter over imr.largeFileThreshold on save only, and offers no fix from an outdated analysis', async () => {
    const source = await vscode.workspace.fs.readFile(workspaceUri(TXT_SAMPLE));
    const uri = workspaceUri('large-letter.imr');
    await vscode.workspace.fs.writeFile(uri, source);
    const cfg = vscode.workspace.getConfiguration('imr');
    await cfg.update('largeFileThreshold', 500, vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await open(uri);
      const d = await diagnosticsWhen(uri, (x) => x.some((y) => ruleOf(y) === 'missing-guideline-citation'));
      const target = d.find((y) => ruleOf(y) === 'missing-guideline-citation')!;
      const fixesNow = () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range, vscode.CodeActionKind.QuickFix.value);
      assert.ok((await fixesNow()).length > 0, 'fixes before the edit');
      await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'TBD '));
      assert.deepStrictEqual((await fixesNow()).map((a) => a.title), [], 'no fix computed from the version before the edit');
      await editor.document.save();
      await diagnosticsWhen(uri, (x) => x.some((y) => ruleOf(y) === 'unfilled-placeholder'));
      assert.ok((await fixesNow()).length > 0, 'fixes again once saved and checked');
    } finally {
      await cfg.update('largeFileThreshold', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  it('checks untitled letters as they are typed', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'imr', content: 'IMR ISSUES, DECISIONS AND RATIONALES\nTENS unit: Upheld\nDecision rationale: Per MTUS not indicated.\n' });
    const editor = await vscode.window.showTextDocument(doc);
    const d = await diagnosticsWhen(doc.uri, (x) => x.some((y) => ruleOf(y) === 'missing-conclusion'));
    assert.ok(d.some((y) => ruleOf(y) === 'missing-section'));
    await editor.edit((b) => b.insert(doc.lineAt(2).range.end, ' The request is not medically necessary.'));
    await diagnosticsWhen(doc.uri, (x) => !x.some((y) => ruleOf(y) === 'missing-conclusion'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('clears the diagnostics of a document that stops being a letter', async () => {
    const uri = workspaceUri(TXT_SAMPLE);
    const editor = await open(uri);
    await diagnosticsWhen(uri, (x) => x.length > 0);
    await vscode.languages.setTextDocumentLanguage(editor.document, 'plaintext');
    await diagnosticsWhen(uri, (x) => x.length === 0);
  });

  it('reads the real sample letters of ../shared as .imr and as .txt', async function () {
    const names = ['shared-000.imr', 'shared-000.txt'];
    const present = await Promise.all(names.map((n) => vscode.workspace.fs.stat(workspaceUri(n)).then(() => true, () => false)));
    if (!present.every(Boolean)) this.skip();
    for (const n of names) {
      const doc = await openAs(workspaceUri(n), 'imr');
      assert.strictEqual(doc.languageId, 'imr', n);
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      const issues = symbols.find((s) => s.name.startsWith('IMR ISSUES'))!;
      assert.deepStrictEqual(
        issues.children.map((i) => [i.name.split(' ')[0], i.detail]),
        [['ELECTRO', 'Upheld'], ['CUPPING', 'Upheld'], ['INFRARED', 'Upheld']],
        n,
      );
    }
  });
});
