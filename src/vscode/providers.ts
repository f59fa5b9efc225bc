import * as vscode from 'vscode';
import { documentOutline, foldingRanges, headingSpans, hoverAt, OutlineSymbol } from '../core';
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

/**
 * Item headings the grammar cannot see line by line (wrapped over lines, or with the decision on
 * a line of its own), coloured as the grammar colours a heading: package.json maps the token type
 * to the grammar's scope.
 */
export class HeadingTokensProvider implements vscode.DocumentSemanticTokensProvider {
  static readonly legend = new vscode.SemanticTokensLegend(['imrItemHeading']);
  constructor(private readonly cache: AnalysisCache) {}
  provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.SemanticTokens {
    const builder = new vscode.SemanticTokensBuilder(HeadingTokensProvider.legend);
    if (token.isCancellationRequested) return builder.build();
    for (const s of headingSpans(this.cache.get(document).doc)) builder.push(s.line, s.start, s.length, 0, 0);
    return builder.build();
  }
}
