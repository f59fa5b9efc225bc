import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { CodeActionProvider } from './codeActions';
import { registerCommands } from './commands';
import { Configuration } from './configuration';
import { LANGUAGE_ID } from './convert';
import { DiagnosticsController } from './diagnostics';
import { LetterDetection } from './letterDetection';
import { FoldingProvider, HeadingTokensProvider, HoverProvider, SymbolProvider } from './providers';
import { StatusItem } from './statusItem';
import { CompletionProvider } from './completion';
import { registerWritingCommands } from './writingCommands';
import { registerLintTask } from './lintTask';

/** What the extension hands to its tests and to other extensions. */
export interface ImrApi {
  readonly cache: AnalysisCache;
  readonly configuration: Configuration;
  readonly diagnostics: DiagnosticsController;
}

export async function activate(context: vscode.ExtensionContext): Promise<ImrApi> {
  const log = vscode.window.createOutputChannel('IMR Determination');
  const configuration = new Configuration(log);
  await configuration.loadGuidelines();
  const cache = new AnalysisCache(() => configuration);
  const selector: vscode.DocumentSelector = [{ language: LANGUAGE_ID }];
  const diagnostics = new DiagnosticsController(cache, configuration, vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules'));
  context.subscriptions.push(
    log,
    configuration,
    cache,
    diagnostics,
    new StatusItem(cache, diagnostics),
    new LetterDetection(() => configuration.settings.detectTxtLetters),
    vscode.languages.registerDocumentSymbolProvider(selector, new SymbolProvider(cache), { label: 'IMR Determination' }),
    vscode.languages.registerFoldingRangeProvider(selector, new FoldingProvider(cache)),
    vscode.languages.registerHoverProvider(selector, new HoverProvider(cache)),
    vscode.languages.registerDocumentSemanticTokensProvider(selector, new HeadingTokensProvider(cache), HeadingTokensProvider.legend),
    vscode.languages.registerCodeActionsProvider(selector, new CodeActionProvider(cache), CodeActionProvider.metadata),
    vscode.languages.registerCompletionItemProvider(selector, new CompletionProvider(cache), ...CompletionProvider.triggers),
    ...registerCommands(cache, configuration),
    ...registerWritingCommands(cache),
    ...registerLintTask(configuration, diagnostics),
  );
  return { cache, configuration, diagnostics };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
