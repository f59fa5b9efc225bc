import * as vscode from 'vscode';
import { startsLikeLetter } from '../core';
import { LANGUAGE_ID } from './convert';

/**
 * VS Code maps `.txt` to plain text before it looks at `firstLine`, so a letter pasted out of a PDF
 * into a .txt file would never be recognised. A plain-text document whose first line is the
 * determination heading is switched to IMR every time it opens. Only the user's own choice of
 * language for that document (from IMR to another) sticks, until they choose IMR again.
 *
 * VS Code reports a language change as the document closing and opening again in the same turn;
 * a close that no open follows in that turn is the document's real close.
 */
export class LetterDetection implements vscode.Disposable {
  /** Documents whose user chose another language than IMR, by URI. */
  private readonly chosen = new Map<string, string>();
  /** Documents closed in this turn, with the language they closed in. */
  private readonly closing = new Map<string, string>();
  /** Documents this class is switching to IMR. */
  private readonly switching = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly enabled: () => boolean) {
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument((d) => this.closed(d)),
      vscode.workspace.onDidOpenTextDocument((d) => this.opened(d)),
    );
    for (const d of vscode.workspace.textDocuments) this.consider(d);
  }

  private closed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.closing.set(key, document.languageId);
    queueMicrotask(() => this.closing.delete(key));
  }

  private opened(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const before = this.closing.get(key);
    this.closing.delete(key);
    if (before !== undefined && before !== document.languageId) this.languageChanged(key, before, document.languageId);
    this.consider(document);
  }

  private languageChanged(key: string, from: string, to: string): void {
    if (to === LANGUAGE_ID) {
      // Ours, or the user's choice of IMR: either way no other choice stands.
      this.switching.delete(key);
      this.chosen.delete(key);
    } else if (from === LANGUAGE_ID && !this.switching.has(key)) {
      this.chosen.set(key, to);
    }
  }

  private consider(document: vscode.TextDocument): void {
    if (document.languageId !== 'plaintext' || !this.enabled()) return;
    const key = document.uri.toString();
    if (this.chosen.has(key) || this.switching.has(key)) return;
    // The first lines are enough: blank lines may stand before the heading.
    if (!startsLikeLetter(document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 20), 0)))) return;
    this.switching.add(key);
    vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID).then(
      () => this.switching.delete(key),
      () => this.switching.delete(key),
    );
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
