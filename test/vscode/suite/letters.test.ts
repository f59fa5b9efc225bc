import * as assert from 'assert';
import * as vscode from 'vscode';
import { closedWhen, languageWhen, openInPreview, workspaceUri } from './util';

const TXT_SAMPLE = 'physical-therapy-modified.txt';

/** A fresh .txt copy of the bundled .txt letter, never opened before. */
async function txtLetter(name: string): Promise<vscode.Uri> {
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(workspaceUri(TXT_SAMPLE)));
  return uri;
}

describe('A .txt letter stays a letter', function () {
  this.timeout(60000);

  it('opens as IMR every time: after its preview was replaced by another letter and it was really closed', async () => {
    const a = await txtLetter('reopen-a.txt');
    const b = await txtLetter('reopen-b.txt');
    await openInPreview(a, 'imr');
    const aClosed = closedWhen(a);
    await openInPreview(b, 'imr');
    await aClosed;
    const again = await openInPreview(a, 'imr');
    assert.strictEqual(again.languageId, 'imr');
    // And after its editor is closed.
    const aClosedAgain = closedWhen(a);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await aClosedAgain;
    await openInPreview(a, 'imr');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('keeps the user\'s own choice of another language for it, also when it opens again', async () => {
    const u = await txtLetter('chosen.txt');
    const doc = await openInPreview(u, 'imr');
    const plain = languageWhen(u, 'plaintext');
    await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
    await plain;
    const closed = closedWhen(u);
    await openInPreview(await txtLetter('chosen-other.txt'), 'imr');
    await closed;
    const reopened = languageWhen(u, 'plaintext');
    await vscode.commands.executeCommand('vscode.open', u, { preview: true });
    await reopened;
    // Letters are switched in the order they open: once a letter opened after it is IMR, this one
    // would have been switched too.
    await openInPreview(await txtLetter('chosen-later.txt'), 'imr', false);
    assert.strictEqual(vscode.workspace.textDocuments.find((d) => d.uri.toString() === u.toString() && !d.isClosed)?.languageId, 'plaintext');
    // Choosing IMR again is a choice too.
    const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === u.toString() && !d.isClosed)!;
    const imr = languageWhen(u, 'imr');
    await vscode.languages.setTextDocumentLanguage(current, 'imr');
    await imr;
  });
});

/** The semantic tokens of a document as [line, start, length, type]. */
async function headingTokens(uri: vscode.Uri): Promise<Array<[number, number, number, string]>> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', uri);
  const out: Array<[number, number, number, string]> = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, ds, len, type] = tokens.data.slice(i, i + 4);
    line += dl;
    start = dl === 0 ? start + ds : ds;
    out.push([line, start, len, legend.tokenTypes[type]]);
  }
  return out;
}

describe('Highlighting of headings the grammar cannot see line by line', function () {
  this.timeout(60000);

  it('colours every line of a wrapped heading, and a heading whose decision stands on its own line', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'imr',
      content: [
        'IMR ISSUES, DECISIONS AND RATIONALES',
        'ELECTRO ACUPUNCTURE 1 X WEEK X 6 WEEKS TO LUMBAR SPINE AND',
        'CERVICAL SPINE: Upheld',
        'Claims Administrator guideline: Decision based on MTUS Acupuncture Treatment Guidelines.',
        'MAXIMUS guideline: Decision based on MTUS Acupuncture Treatment Guidelines.',
        'Decision rationale: Per MTUS, 6 visits. Therefore, the request is not medically necessary.',
        '',
        'MRI OF THE LUMBAR SPINE:',
        '',
        'Overturned',
        'Claims Administrator guideline: Decision based on MTUS ACOEM Chapter 12 Low Back Complaints.',
        'MAXIMUS guideline: Decision based on MTUS ACOEM Chapter 12 Low Back Complaints.',
        'Decision rationale: Per ACOEM, red flags are documented. Therefore, the request is medically necessary.',
        '',
      ].join('\n'),
    });
    await vscode.window.showTextDocument(doc);
    assert.deepStrictEqual(await headingTokens(doc.uri), [
      [1, 0, 'ELECTRO ACUPUNCTURE 1 X WEEK X 6 WEEKS TO LUMBAR SPINE AND'.length, 'imrItemHeading'],
      [7, 0, 'MRI OF THE LUMBAR SPINE'.length, 'imrItemHeading'],
    ]);
    assert.strictEqual(vscode.workspace.getConfiguration('editor', { languageId: 'imr' }).get('semanticHighlighting.enabled'), true);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
