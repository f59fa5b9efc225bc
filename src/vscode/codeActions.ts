import * as vscode from 'vscode';
import { Finding, fixAllEdits, Fix } from '../core';
import type { AnalysisCache } from './analysisCache';
import { DIAGNOSTIC_SOURCE, toRange, toTextEdit } from './convert';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('imr');

function sameDiagnostic(f: Finding, d: vscode.Diagnostic): boolean {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return d.source === DIAGNOSTIC_SOURCE && code === f.rule && toRange(f.range).isEqual(d.range) && d.message === f.message;
}

/** Quick fixes for IMR diagnostics, "disable this rule", and fix-all (also on save). */
export class CodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly cache: AnalysisCache) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): vscode.CodeAction[] {
    const analysis = this.cache.current(document);
    if (!analysis || token.isCancellationRequested) return [];
    const only = context.only;
    if (only && FIX_ALL_KIND.intersects(only) && !vscode.CodeActionKind.QuickFix.intersects(only)) {
      return this.fixAll(document, analysis.findings);
    }
    const actions: vscode.CodeAction[] = [];
    const disabled = new Set<string>();
    for (const d of context.diagnostics) {
      const finding = analysis.findings.find((f) => sameDiagnostic(f, d));
      if (!finding) continue;
      for (const fix of finding.fixes) actions.push(this.quickFix(document, fix, d));
      if (!disabled.has(finding.rule)) {
        disabled.add(finding.rule);
        const a = new vscode.CodeAction(`Disable ${finding.rule} in this workspace`, vscode.CodeActionKind.QuickFix);
        a.diagnostics = [d];
        a.command = { title: a.title, command: 'imr.disableRule', arguments: [finding.rule] };
        actions.push(a);
      }
    }
    if (!only || FIX_ALL_KIND.intersects(only)) actions.push(...this.fixAll(document, analysis.findings));
    return actions;
  }

  private quickFix(document: vscode.TextDocument, fix: Fix, d: vscode.Diagnostic): vscode.CodeAction {
    const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    a.diagnostics = [d];
    a.isPreferred = fix.preferred ?? false;
    if (fix.edits.length) {
      const edit = new vscode.WorkspaceEdit();
      edit.set(document.uri, fix.edits.map(toTextEdit));
      a.edit = edit;
    }
    if (fix.select) {
      a.command = { title: 'Select', command: 'imr.select', arguments: [document.uri, toRange(fix.select), document.version + (fix.edits.length ? 1 : 0)] };
    }
    return a;
  }

  private fixAll(document: vscode.TextDocument, findings: readonly Finding[]): vscode.CodeAction[] {
    const edits = fixAllEdits(findings);
    if (!edits.length) return [];
    const a = new vscode.CodeAction('Fix all safe IMR problems', FIX_ALL_KIND);
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, edits.map(toTextEdit));
    a.edit = edit;
    return [a];
  }
}
