import * as vscode from 'vscode';
import { Analysis, decisionSummaryMarkdown, decisionSummaryText, Item, LETTER_SNIPPET, rangeContains, standardRationale } from '../core';
import type { AnalysisCache } from './analysisCache';
import { LANGUAGE_ID, toRange } from './convert';

/** Where IMR: Insert Rationale for This Item puts the paragraph in a rationale that has text. */
export type InsertAction = 'replace' | 'cursor';

interface InsertOptions {
  /** Given (by a keybinding or a test), the choice is not asked and a replacement not confirmed. */
  readonly action?: InsertAction;
}

function letterEditor(what: string): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && editor.document.languageId === LANGUAGE_ID) return editor;
  void vscode.window.showInformationMessage(`IMR: open a determination letter ${what}.`);
  return undefined;
}

/** Asks where the paragraph goes when the rationale already has text: at the cursor (when it is in the rationale) or in place of the text. */
async function askAction(item: Item, cursorInRationale: boolean): Promise<InsertAction | undefined> {
  const picks: Array<vscode.QuickPickItem & { action: InsertAction }> = [];
  if (cursorInRationale) picks.push({ label: 'Insert the standard paragraph at the cursor', action: 'cursor' });
  picks.push({ label: 'Replace the rationale with the standard paragraph', description: 'asks for confirmation', action: 'replace' });
  const pick = await vscode.window.showQuickPick(picks, { placeHolder: `The rationale of "${item.title}" already has text` });
  if (!pick) return undefined;
  if (pick.action === 'cursor') return 'cursor';
  const ok = await vscode.window.showWarningMessage(
    `Replace the rationale of "${item.title}" with the standard paragraph?`,
    { modal: true, detail: 'Its present text is removed (Undo brings it back).' },
    'Replace',
  );
  return ok === 'Replace' ? 'replace' : undefined;
}

async function insertRationale(cache: AnalysisCache, options: InsertOptions = {}): Promise<boolean> {
  const editor = letterEditor('and put the cursor in a disputed item');
  if (!editor) return false;
  const a: Analysis = cache.get(editor.document, true);
  const p = editor.selection.active;
  const at = { line: p.line, character: p.character };
  const item = a.doc.items.find((i) => rangeContains(i.range, at));
  if (!item) {
    void vscode.window.showInformationMessage('IMR: put the cursor in a disputed item to insert its rationale.');
    return false;
  }
  const paragraph = standardRationale(item, a);
  if (!paragraph) {
    void vscode.window.showInformationMessage(`IMR: no standard rationale for "${item.title}" (treatment not recognised).`);
    return false;
  }
  const body = paragraph.body;
  const r = item.fields.rationale;
  if (!r) {
    const eol = editor.document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    return editor.insertSnippet(new vscode.SnippetString(`${eol}Decision rationale: ${body}`), toRange(item.range).end);
  }
  if (!r.textRange) return editor.insertSnippet(new vscode.SnippetString(' ' + body), toRange(r.labelRange).end);
  const text = toRange(r.textRange);
  const cursorInRationale = text.contains(p);
  const action = options.action ?? (await askAction(item, cursorInRationale));
  if (!action) return false;
  if (action === 'replace') return editor.insertSnippet(new vscode.SnippetString(body), text);
  // At the cursor, as a paragraph of its own within the rationale's text.
  const line = editor.document.lineAt(p.line).text;
  const space = (before: string) => (before === '' || /\s$/.test(before) ? '' : ' ');
  return editor.insertSnippet(new vscode.SnippetString(space(line.slice(0, p.character)) + body + (/^\S/.test(line.slice(p.character)) ? ' ' : '')), p);
}

async function copySummary(cache: AnalysisCache, format: 'markdown' | 'text'): Promise<string | undefined> {
  const editor = letterEditor('to copy its decision summary');
  if (!editor) return undefined;
  const a = cache.get(editor.document, true);
  const summary = format === 'markdown' ? decisionSummaryMarkdown(a) : decisionSummaryText(a);
  await vscode.env.clipboard.writeText(summary);
  void vscode.window.setStatusBarMessage(`IMR: decision summary copied (${format === 'markdown' ? 'Markdown table' : 'plain text'})`, 3000);
  return summary;
}

/** IMR: New Determination, Insert Rationale for This Item, Copy Decision Summary (Markdown or plain text). */
export function registerWritingCommands(cache: AnalysisCache): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('imr.newDetermination', async () => {
      const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
      const editor = await vscode.window.showTextDocument(doc);
      await editor.insertSnippet(new vscode.SnippetString(LETTER_SNIPPET), new vscode.Position(0, 0));
      return doc;
    }),
    vscode.commands.registerCommand('imr.insertRationale', (options?: InsertOptions) => insertRationale(cache, options)),
    vscode.commands.registerCommand('imr.copyDecisionSummary', () => copySummary(cache, 'markdown')),
    vscode.commands.registerCommand('imr.copyDecisionSummaryText', () => copySummary(cache, 'text')),
  ];
}
