import * as vscode from 'vscode';
import { builtinKnowledgeBase, formatProblem, KnowledgeBase, loadGuidelinesFile, parseSettingsWith } from '../core';
import { ExtensionSettings, ExtensionSettingsSchema } from './settingsSchema';

/**
 * The current settings and guidelines, validated. Invalid values are reported once (per distinct
 * problem) and replaced by their defaults; a broken guidelines file leaves the built-in data in force.
 */
export class Configuration implements vscode.Disposable {
  settings: ExtensionSettings;
  kb: KnowledgeBase = builtinKnowledgeBase();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private watcher: vscode.FileSystemWatcher | undefined;
  private reported = new Set<string>();

  constructor(private readonly log: vscode.OutputChannel) {
    this.settings = this.readSettings();
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration(async (e) => {
        if (!e.affectsConfiguration('imr')) return;
        this.settings = this.readSettings();
        if (e.affectsConfiguration('imr.guidelinesFile')) await this.loadGuidelines();
        this.emitter.fire();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(async () => {
        await this.loadGuidelines();
        this.emitter.fire();
      }),
      this.emitter,
    );
  }

  private readSettings(): ExtensionSettings {
    const cfg = vscode.workspace.getConfiguration('imr');
    const raw: Record<string, unknown> = {};
    for (const key of Object.keys(ExtensionSettingsSchema.shape)) raw[key] = cfg.get(key);
    const { settings, problems } = parseSettingsWith(ExtensionSettingsSchema, raw);
    if (problems.length) this.report(`IMR: invalid setting, the default is used instead: ${problems.join('; ')}`);
    return settings;
  }

  /** Reads the workspace guidelines file named by `imr.guidelinesFile` (ignored until the workspace is trusted). */
  async loadGuidelines(): Promise<void> {
    this.watcher?.dispose();
    this.watcher = undefined;
    const base = builtinKnowledgeBase();
    const rel = this.settings.guidelinesFile.trim();
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!rel || !folder) {
      this.kb = base;
      return;
    }
    if (!vscode.workspace.isTrusted) {
      this.log.appendLine(`Guidelines file ${rel} ignored until the workspace is trusted.`);
      this.kb = base;
      return;
    }
    const uri = vscode.Uri.joinPath(folder.uri, rel);
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, rel));
    const reload = async () => {
      await this.loadGuidelines();
      this.emitter.fire();
    };
    this.watcher.onDidChange(reload);
    this.watcher.onDidCreate(reload);
    this.watcher.onDidDelete(reload);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      this.report(`IMR: cannot read the guidelines file ${rel}: ${e instanceof Error ? e.message : String(e)}. The built-in guidelines are used.`);
      this.kb = base;
      return;
    }
    const { kb: merged, problems } = loadGuidelinesFile(base, text, rel);
    if (problems.length) {
      this.report(`IMR: the guidelines file is invalid, the built-in guidelines are used: ${problems.map(formatProblem).join('; ')}`);
    } else {
      this.log.appendLine(`Guidelines file ${rel} loaded: ${merged.guidelines.length} guideline entries.`);
    }
    this.kb = merged;
  }

  private report(message: string): void {
    this.log.appendLine(message);
    if (this.reported.has(message)) return;
    this.reported.add(message);
    void vscode.window.showWarningMessage(message);
  }

  dispose(): void {
    this.watcher?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
