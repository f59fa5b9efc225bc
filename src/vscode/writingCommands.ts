import * as vscode from 'vscode';
import { decisionSummary, LETTER_SNIPPET, rationaleFor, rationaleSnippet, rangeContains } from '../core';
import type { AnalysisCache } from './analysisCache';
import type { Configuration } from './configuration';
import { LANGUAGE_ID } from './convert';

/** IMR: New Determination, Insert Rationale for This Item, Copy Decision Summary. */
export function registerWritingCommands(cache: AnalysisCache, config: Configuration): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('imr.newDetermination', async () => {
      const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
      const editor = await vscode.window.showTextDocument(doc);
      await editor.insertSnippet(new vscode.SnippetString(LETTER_SNIPPET), new vscode.Position(0, 0));
      return doc;
    }),
    vscode.commands.registerCommand('imr.insertRationale', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== LANGUAGE_ID) {
        void vscode.window.showInformationMessage('IMR: open a determination letter and put the cursor in a disputed item.');
        return false;
      }
      const a = cache.get(editor.document, true);
      const p = editor.selection.active;
      const item = a.doc.items.find((i) => rangeContains(i.range, { line: p.line, character: p.character }));
      if (!item) {
        void vscode.window.showInformationMessage('IMR: put the cursor in a disputed item to insert its rationale.');
        return false;
      }
      const spec = rationaleFor(item, a);
      const body = spec ? rationaleSnippet(spec, config.kb, item.title) : null;
      if (!body) {
        void vscode.window.showInformationMessage(`IMR: no standard rationale for "${item.title}" (treatment not recognised).`);
        return false;
      }
      const r = item.fields.rationale;
      const eol = editor.document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
      if (r) {
        const at = r.textRange ? new vscode.Position(r.textRange.end.line, r.textRange.end.character) : new vscode.Position(r.labelRange.end.line, r.labelRange.end.character);
        return editor.insertSnippet(new vscode.SnippetString(' ' + body), at);
      }
      const end = new vscode.Position(item.range.end.line, item.range.end.character);
      return editor.insertSnippet(new vscode.SnippetString(`${eol}Decision rationale: ${body}`), end);
    }),
    vscode.commands.registerCommand('imr.copyDecisionSummary', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== LANGUAGE_ID) {
        void vscode.window.showInformationMessage('IMR: open a determination letter to copy its decision summary.');
        return undefined;
      }
      const summary = decisionSummary(cache.get(editor.document, true));
      await vscode.env.clipboard.writeText(summary);
      void vscode.window.setStatusBarMessage('IMR: decision summary copied', 3000);
      return summary;
    }),
  ];
}
