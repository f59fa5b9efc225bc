import * as vscode from 'vscode';
import { completionsAt } from '../core';
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

  constructor(private readonly cache: AnalysisCache) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken, context: vscode.CompletionContext): vscode.CompletionItem[] {
    const a = this.cache.current(document);
    if (!a || token.isCancellationRequested) return [];
    const explicit = context.triggerKind !== vscode.CompletionTriggerKind.TriggerCharacter;
    return completionsAt(a, { line: position.line, character: position.character }, explicit).map((c) => {
      const item = new vscode.CompletionItem(c.description ? { label: c.label, description: c.description } : c.label, KINDS[c.kind]);
      item.insertText = c.snippet ? new vscode.SnippetString(c.insertText) : c.insertText;
      item.detail = c.detail;
      if (c.documentation) item.documentation = c.documentation;
      item.sortText = c.sortText;
      item.range = toRange(c.range);
      // A citation's whole text is in its filter text, so typing any of its words narrows the list.
      item.filterText = c.filterText ?? c.label;
      return item;
    });
  }
}
