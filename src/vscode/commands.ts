import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import type { Configuration } from './configuration';

/** Commands of the extension; those of the writing tools live in their own module. */
export function registerCommands(_cache: AnalysisCache, _config: Configuration): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('imr.disableRule', async (rule: string) => {
      const cfg = vscode.workspace.getConfiguration('imr');
      const rules = { ...(cfg.get<Record<string, string>>('rules') ?? {}), [rule]: 'off' };
      const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await cfg.update('rules', rules, target);
    }),
    vscode.commands.registerCommand('imr.select', (uri: vscode.Uri, range: vscode.Range, version?: number) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.uri.toString() !== uri.toString()) return;
      if (version !== undefined && editor.document.version < version) return;
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  ];
}
