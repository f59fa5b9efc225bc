import * as vscode from 'vscode';
import { analyze, Finding, startsLikeLetter } from '../core';
import type { Configuration } from './configuration';
import { LANGUAGE_ID } from './convert';
import type { DiagnosticsController } from './diagnostics';

export const TASK_TYPE = 'imr-lint';

interface LintTaskDefinition extends vscode.TaskDefinition {
  files?: string[];
}

/** A file, folder or glob of the task definition as a glob relative to the workspace folder. */
function globOf(entry: string): string {
  const e = entry.replace(/^\.\/+/, '').replace(/\/+$/, '');
  if (/[*?[{]/.test(e) || /\.(?:imr|txt)$/i.test(e)) return e;
  return e === '' || e === '.' ? '**/*.{imr,txt}' : `${e}/**/*.{imr,txt}`;
}

const SEVERITY_WORD = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' } as const;

/** One run of the check: letters found, read, analysed with the editor's settings, reported. */
async function checkLetters(folder: vscode.WorkspaceFolder, files: readonly string[], config: Configuration, diagnostics: DiagnosticsController, write: (line: string) => void): Promise<number> {
  const uris = new Map<string, vscode.Uri>();
  for (const f of files.length ? files : ['.']) {
    for (const u of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, globOf(f)), '**/node_modules/**')) uris.set(u.toString(), u);
  }
  const open = new Map(vscode.workspace.textDocuments.filter((d) => !d.isClosed).map((d) => [d.uri.toString(), d]));
  let letters = 0;
  const count = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const uri of [...uris.values()].sort((a, b) => a.path.localeCompare(b.path))) {
    const doc = open.get(uri.toString());
    const text = doc ? doc.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    if (/\.txt$/i.test(uri.path) && !startsLikeLetter(text.slice(0, 2000))) continue;
    letters++;
    const findings: readonly Finding[] = analyze(text, { settings: config.settings, kb: config.kb }).findings;
    // An open letter keeps its live diagnostics; the others get the task's, in the same collection.
    if (!doc || doc.languageId !== LANGUAGE_ID) diagnostics.publish(uri, findings);
    const name = vscode.workspace.asRelativePath(uri, false);
    for (const f of findings) {
      count[f.severity]++;
      write(`${name}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${SEVERITY_WORD[f.severity]} ${f.rule} ${f.message}`);
    }
  }
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  write(`${plural(letters, 'letter')} checked: ${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${count.information + count.hint} other.`);
  return count.error > 0 ? 1 : 0;
}

/** The task's terminal: the run's lines as it goes, then its exit code (1 when a letter has an error). */
function lintTerminal(run: (write: (line: string) => void) => Promise<number>): vscode.Pseudoterminal {
  const written = new vscode.EventEmitter<string>();
  const closed = new vscode.EventEmitter<number>();
  return {
    onDidWrite: written.event,
    onDidClose: closed.event,
    open: () => {
      run((line) => written.fire(`${line}\r\n`)).then(
        (code) => closed.fire(code),
        (e: unknown) => {
          written.fire(`imr-lint: ${e instanceof Error ? e.message : String(e)}\r\n`);
          closed.fire(2);
        },
      );
    },
    close: () => undefined,
  };
}

/**
 * "imr-lint: check all letters in the workspace": the letters of a folder checked as the editor
 * checks them (same settings and guidelines), in the extension host. Its problems go into the
 * editor's own collection, so that an open letter is never listed twice; the terminal prints them
 * as `imr-lint` does. The `$imr-lint` problem matcher remains for running the command line in a task.
 */
export function registerLintTask(config: Configuration, diagnostics: DiagnosticsController): vscode.Disposable[] {
  const make = (folder: vscode.WorkspaceFolder, definition: LintTaskDefinition): vscode.Task => {
    const files = definition.files ?? [];
    const task = new vscode.Task(
      definition,
      folder,
      files.length ? `check ${files.join(' ')}` : 'check all letters in the workspace',
      TASK_TYPE,
      new vscode.CustomExecution(async () => lintTerminal((write) => checkLetters(folder, files, config, diagnostics, write))),
      [],
    );
    task.group = vscode.TaskGroup.Test;
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent };
    return task;
  };
  return [
    vscode.tasks.registerTaskProvider(TASK_TYPE, {
      provideTasks: () => (vscode.workspace.workspaceFolders ?? []).map((f) => make(f, { type: TASK_TYPE })),
      resolveTask: (task) => {
        const folder = typeof task.scope === 'object' ? task.scope : vscode.workspace.workspaceFolders?.[0];
        return folder ? make(folder, task.definition as LintTaskDefinition) : undefined;
      },
    }),
  ];
}
