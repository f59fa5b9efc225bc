import * as vscode from 'vscode';
import { documentOutline, foldingRanges, hoverAt, OutlineSymbol } from '../core';
import type { AnalysisCache } from './analysisCache';
import { toRange } from './convert';

const SYMBOL_KIND: Readonly<Record<OutlineSymbol['kind'], vscode.SymbolKind>> = {
  section: vscode.SymbolKind.Namespace,
  item: vscode.SymbolKind.Class,
  field: vscode.SymbolKind.Field,
};

function toSymbol(s: OutlineSymbol): vscode.DocumentSymbol {
  const d = new vscode.DocumentSymbol(s.name, s.detail, SYMBOL_KIND[s.kind], toRange(s.range), toRange(s.selectionRange));
  d.children = s.children.map(toSymbol);
  return d;
}

export class SymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly cache: AnalysisCache) {}
  provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.DocumentSymbol[] {
    const a = this.cache.get(document);
    return token.isCancellationRequested ? [] : documentOutline(a.doc).map(toSymbol);
  }
}

export class FoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly cache: AnalysisCache) {}
  provideFoldingRanges(document: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): vscode.FoldingRange[] {
    const a = this.cache.get(document);
    if (token.isCancellationRequested) return [];
    return foldingRanges(a.doc).map((f) => new vscode.FoldingRange(f.startLine, f.endLine, vscode.FoldingRangeKind.Region));
  }
}

export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const info = hoverAt(this.cache.get(document), { line: position.line, character: position.character });
    return info ? new vscode.Hover(new vscode.MarkdownString(info.markdown), toRange(info.range)) : undefined;
  }
}
