import * as vscode from 'vscode';

export const TASK_TYPE = 'imr-lint';

interface LintTaskDefinition extends vscode.TaskDefinition {
  files?: string[];
}

/**
 * "imr-lint: check all letters in the workspace": the extension's own imr-lint run as a task, its
 * output read by the `$imr-lint` problem matcher into the Problems view. Desktop and server only.
 */
export function registerLintTask(context: vscode.ExtensionContext): vscode.Disposable[] {
  if (typeof process === 'undefined' || !process.versions?.node) return [];
  const cli = vscode.Uri.joinPath(context.extensionUri, 'dist', 'cli.js').fsPath;
  const make = (folder: vscode.WorkspaceFolder, definition: LintTaskDefinition): vscode.Task => {
    const files = definition.files?.length ? definition.files : ['.'];
    const task = new vscode.Task(
      definition,
      folder,
      definition.files?.length ? `check ${files.join(' ')}` : 'check all letters in the workspace',
      TASK_TYPE,
      // Electron is Node when asked; the VS Code server's Node ignores the variable.
      new vscode.ProcessExecution(process.execPath, [cli, ...files], { cwd: folder.uri.fsPath, env: { ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' } }),
      ['$imr-lint'],
    );
    task.group = vscode.TaskGroup.Test;
    return task;
  };
  return [
    vscode.tasks.registerTaskProvider(TASK_TYPE, {
      provideTasks: () => (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => make(f, { type: TASK_TYPE })),
      resolveTask: (task) => {
        const folder = typeof task.scope === 'object' ? task.scope : vscode.workspace.workspaceFolders?.[0];
        return folder ? make(folder, task.definition as LintTaskDefinition) : undefined;
      },
    }),
  ];
}
