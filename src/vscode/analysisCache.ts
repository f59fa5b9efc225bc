import * as vscode from 'vscode';
import { analyze, Analysis, KnowledgeBase } from '../core';
import type { ExtensionSettings } from './settingsSchema';

/** The length of a document in characters, without copying its text. */
export function documentLength(document: vscode.TextDocument): number {
  return document.lineCount === 0 ? 0 : document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/**
 * One analysis per document version, shared by diagnostics, outline, folding, hovers and code
 * actions. Entries of closed documents are dropped; a settings or guidelines change clears all.
 * A letter over `imr.largeFileThreshold` is analysed when it opens and when it is saved: between
 * the two, the providers reuse the last analysis rather than re-read megabytes on every keystroke.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, { version: number; analysis: Analysis }>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly config: () => { settings: ExtensionSettings; kb: KnowledgeBase }) {
    this.subscriptions.push(vscode.workspace.onDidCloseTextDocument((d) => this.entries.delete(d.uri.toString())));
  }

  isLarge(document: vscode.TextDocument): boolean {
    const threshold = this.config().settings.largeFileThreshold;
    return threshold > 0 && documentLength(document) > threshold;
  }

  /** The analysis of the document; `fresh` forces the current version even for a large letter. */
  get(document: vscode.TextDocument, fresh = false): Analysis {
    const key = document.uri.toString();
    const hit = this.entries.get(key);
    if (hit && (hit.version === document.version || (!fresh && this.isLarge(document)))) return hit.analysis;
    const { settings, kb } = this.config();
    const analysis = analyze(document.getText(), { settings, kb });
    this.entries.set(key, { version: document.version, analysis });
    return analysis;
  }

  /**
   * The analysis of the current version, or undefined for a large letter edited since it was last
   * analysed: what edits text (quick fixes, completion) must never work from an older version.
   */
  current(document: vscode.TextDocument): Analysis | undefined {
    const a = this.get(document);
    const hit = this.entries.get(document.uri.toString());
    return hit && hit.version === document.version ? a : undefined;
  }

  clear(): void {
    this.entries.clear();
  }

  dispose(): void {
    this.entries.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}
