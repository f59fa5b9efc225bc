import * as vscode from 'vscode';
import type { Finding } from '../core';
import type { AnalysisCache } from './analysisCache';
import type { Configuration } from './configuration';
import { DIAGNOSTIC_SOURCE, LANGUAGE_ID, toRange, toSeverity } from './convert';

const DEBOUNCE_MS = 200;

export function toDiagnostic(f: Finding, docsRoot: vscode.Uri, uri: vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(f.range), f.message, toSeverity(f.severity));
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: f.rule, target: vscode.Uri.joinPath(docsRoot, `${f.rule}.md`) };
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(r.range)), r.message));
  }
  return d;
}

/**
 * Publishes diagnostics on open, as you type (debounced), on save and on configuration change;
 * clears them on close. A result computed for an older version than the document's is dropped.
 */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly warnedLarge = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fired after a document's diagnostics were published. */
  readonly onDidUpdate = this.emitter.event;

  constructor(
    private readonly cache: AnalysisCache,
    private readonly config: Configuration,
    private readonly docsRoot: vscode.Uri,
  ) {
    this.subscriptions.push(
      this.collection,
      this.emitter,
      vscode.workspace.onDidOpenTextDocument((d) => this.check(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId !== LANGUAGE_ID || e.contentChanges.length === 0) return;
        if (this.checksOnSaveOnly(e.document)) return;
        this.schedule(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => this.check(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      config.onDidChange(() => this.recheckAll()),
    );
    this.recheckAll();
  }

  private checksOnSaveOnly(document: vscode.TextDocument): boolean {
    if (this.config.settings.run === 'onSave') return true;
    const threshold = this.config.settings.largeFileThreshold;
    if (this.cache.isLarge(document)) {
      const key = document.uri.toString();
      if (!this.warnedLarge.has(key)) {
        this.warnedLarge.add(key);
        void vscode.window.showInformationMessage(
          `IMR: ${vscode.workspace.asRelativePath(document.uri)} is larger than imr.largeFileThreshold (${threshold} characters): it is checked on save only.`,
        );
      }
      return true;
    }
    return false;
  }

  recheckAll(): void {
    this.cache.clear();
    for (const d of vscode.workspace.textDocuments) this.check(d);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    const version = document.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        // A newer edit has its own timer; this one is stale.
        if (document.version !== version || document.isClosed) return;
        this.check(document);
      }, DEBOUNCE_MS),
    );
  }

  check(document: vscode.TextDocument): void {
    if (document.languageId !== LANGUAGE_ID) {
      // A document switched away from IMR loses its diagnostics.
      if (this.collection.has(document.uri)) this.collection.delete(document.uri);
      return;
    }
    const version = document.version;
    const analysis = this.cache.get(document, true);
    if (document.version !== version) return;
    this.collection.set(document.uri, analysis.findings.map((f) => toDiagnostic(f, this.docsRoot, document.uri)));
    this.emitter.fire(document);
  }

  /** Publishes findings made elsewhere (the workspace check) for a letter that is not open. */
  publish(uri: vscode.Uri, findings: readonly Finding[]): void {
    this.collection.set(uri, findings.map((f) => toDiagnostic(f, this.docsRoot, uri)));
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    this.warnedLarge.delete(key);
    this.collection.delete(document.uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
  }
}
