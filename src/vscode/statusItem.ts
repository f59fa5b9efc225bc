import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { LANGUAGE_ID } from './convert';
import type { DiagnosticsController } from './diagnostics';

/** Item and problem counts of the active letter, in the language status area. */
export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('imr.status', { language: LANGUAGE_ID });
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly cache: AnalysisCache,
    diagnostics: DiagnosticsController,
  ) {
    this.item.name = 'IMR Determination';
    this.item.command = { title: 'Problems', command: 'workbench.actions.view.problems' };
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidUpdate((d) => {
        if (d === vscode.window.activeTextEditor?.document) this.update();
      }),
    );
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) return;
    const a = this.cache.get(document);
    const items = a.doc.items.length;
    const problems = a.findings.length;
    this.item.text = `${items} item${items === 1 ? '' : 's'}, ${problems} problem${problems === 1 ? '' : 's'}`;
    this.item.detail = a.doc.isDetermination ? 'IMR determination' : 'not recognised as an IMR determination';
    this.item.severity = a.findings.some((f) => f.severity === 'error') ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
