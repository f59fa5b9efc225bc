import * as vscode from 'vscode';

const EXTENSION_ID = 'imr-tools.imr-determination';

function equal<T>(actual: T, expected: T, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

function ok(value: unknown, what: string): void {
  if (!value) throw new Error(what);
}

function uri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);
}

function diagnosticsWhen(u: vscode.Uri, accept: (d: readonly vscode.Diagnostic[]) => boolean): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    if (accept(vscode.languages.getDiagnostics(u))) return resolve(vscode.languages.getDiagnostics(u));
    const timer = setTimeout(() => reject(new Error(`diagnostics of ${u.path}: ${JSON.stringify(vscode.languages.getDiagnostics(u).map((d) => d.message))}`)), 20000);
    const sub = vscode.languages.onDidChangeDiagnostics(() => {
      const d = vscode.languages.getDiagnostics(u);
      if (accept(d)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(d);
      }
    });
  });
}

export const tests: Array<{ name: string; fn: () => Promise<void> }> = [];
const it = (name: string, fn: () => Promise<void>) => tests.push({ name: `web extension host: ${name}`, fn });

{
  it('runs in the browser extension host', async () => {
    equal(vscode.env.uiKind, vscode.UIKind.Web, 'uiKind');
    const doc = await vscode.workspace.openTextDocument(uri('acupuncture-and-massage.imr'));
    await vscode.window.showTextDocument(doc);
    equal(doc.languageId, 'imr', 'language');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate();
    ok(ext.isActive, 'the extension is active');
  });

  it('outlines the letter', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri('acupuncture-and-massage.imr'));
    equal(
      symbols[2].children.map((i) => i.detail),
      ['Upheld', 'Upheld', 'Overturned'],
      'decisions',
    );
  });

  it('publishes diagnostics and offers fixes', async () => {
    const u = uri('acupuncture-and-massage.imr');
    const d = await diagnosticsWhen(u, (x) => x.length > 0);
    const placeholder = d.find((x) => (x.code as { value: string }).value === 'unfilled-placeholder');
    ok(placeholder, 'a placeholder diagnostic');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', u, placeholder!.range, vscode.CodeActionKind.QuickFix.value);
    ok(actions.some((a) => a.title === 'Replace with "Low back"'), actions.map((a) => a.title).join(', '));
  });

  it('recognises a .txt letter by its first line', async () => {
    const doc = await vscode.workspace.openTextDocument(uri('physical-therapy-modified.txt'));
    await vscode.window.showTextDocument(doc);
    const switched = await new Promise<string>((resolve) => {
      const now = vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.uri.toString() && !d.isClosed);
      if (now?.languageId === 'imr') return resolve('imr');
      const sub = vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.uri.toString() === doc.uri.toString()) {
          sub.dispose();
          resolve(d.languageId);
        }
      });
    });
    equal(switched, 'imr', 'language of the .txt letter');
  });

  it('completes citations', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'imr', content: 'IMR ISSUES, DECISIONS AND RATIONALES\nMassage therapy 2x6: Upheld\nMAXIMUS guideline: \n' });
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(2, 19));
    ok(list.items.some((i) => i.insertText === 'Decision based on MTUS Chronic Pain Treatment Guidelines Massage therapy Page(s): 60.'), 'the massage citation is offered');
  });
}
