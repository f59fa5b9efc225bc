import * as vscode from 'vscode';
import { LANGUAGE_ID } from './convert';

/** The first line of a letter (leading spaces allowed), or the header of the 2016-2017 letters. */
const FIRST_LINE = /^\s*(?:HOW THE IMR FINAL DETERMINATION WAS MADE|Case Number:\s*(?:CM\d{2}-\d+)?\s*$)/;

/**
 * VS Code maps `.txt` to plain text before it looks at `firstLine`, so a letter pasted out of a PDF
 * into a .txt file would never be recognised. Plain-text documents whose first line is the
 * determination heading are switched to IMR here, once: a user who switches one back keeps it so.
 */
export class LetterDetection implements vscode.Disposable {
  private readonly switched = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly enabled: () => boolean) {
    this.subscriptions.push(vscode.workspace.onDidOpenTextDocument((d) => this.consider(d)));
    for (const d of vscode.workspace.textDocuments) this.consider(d);
  }

  private consider(document: vscode.TextDocument): void {
    if (document.languageId !== 'plaintext' || !this.enabled()) return;
    const key = document.uri.toString();
    if (this.switched.has(key)) return;
    if (document.lineCount === 0 || !FIRST_LINE.test(document.lineAt(0).text)) return;
    this.switched.add(key);
    void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
