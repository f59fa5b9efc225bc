import * as vscode from 'vscode';
import { analyze, Analysis, KnowledgeBase, Settings } from '../core';

/**
 * One analysis per document version, shared by diagnostics, outline, folding, hovers and code
 * actions. Entries of closed documents are dropped; a settings or guidelines change clears all.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, { version: number; analysis: Analysis }>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly config: () => { settings: Settings; kb: KnowledgeBase }) {
    this.subscriptions.push(vscode.workspace.onDidCloseTextDocument((d) => this.entries.delete(d.uri.toString())));
  }

  get(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const hit = this.entries.get(key);
    if (hit && hit.version === document.version) return hit.analysis;
    const { settings, kb } = this.config();
    const analysis = analyze(document.getText(), { settings, kb });
    this.entries.set(key, { version: document.version, analysis });
    return analysis;
  }

  clear(): void {
    this.entries.clear();
  }

  dispose(): void {
    this.entries.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}
