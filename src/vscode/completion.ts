import * as vscode from 'vscode';
import { completionsAt, KnowledgeBase } from '../core';
import type { AnalysisCache } from './analysisCache';
import { toRange } from './convert';

const KINDS = {
  citation: vscode.CompletionItemKind.Reference,
  decision: vscode.CompletionItemKind.EnumMember,
  paragraph: vscode.CompletionItemKind.Snippet,
  drug: vscode.CompletionItemKind.Value,
} as const;

export class CompletionProvider implements vscode.CompletionItemProvider {
  static readonly triggers = [':', ' '];

  constructor(
    private readonly cache: AnalysisCache,
    private readonly kb: () => KnowledgeBase,
  ) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken, context: vscode.CompletionContext): vscode.CompletionItem[] {
    const a = this.cache.current(document);
    if (!a || token.isCancellationRequested) return [];
    const explicit = context.triggerKind !== vscode.CompletionTriggerKind.TriggerCharacter;
    return completionsAt(a, this.kb(), { line: position.line, character: position.character }, explicit).map((c) => {
      const item = new vscode.CompletionItem(c.label, KINDS[c.kind]);
      item.insertText = c.snippet ? new vscode.SnippetString(c.insertText) : c.insertText;
      item.detail = c.detail;
      item.sortText = c.sortText;
      item.range = toRange(c.range);
      // The whole citation is the filter text, so typing any of its words narrows the list.
      item.filterText = c.kind === 'paragraph' ? document.getText(toRange(c.range)) + c.label : c.label;
      return item;
    });
  }
}
