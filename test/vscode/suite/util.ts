import * as vscode from 'vscode';

export const EXTENSION_ID = 'imr-tools.imr-determination';

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Resolves with the diagnostics of `uri` once `accept` holds, waiting on onDidChangeDiagnostics (never sleeping). */
export function diagnosticsWhen(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 20000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const now = vscode.languages.getDiagnostics(uri);
    if (accept(now)) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`diagnostics of ${uri.path} never satisfied the condition; last: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.message))}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = vscode.languages.getDiagnostics(uri);
      if (accept(d)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(d);
      }
    });
  });
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

/** Opens a document and waits until VS Code reports it in `languageId` (a .txt letter is switched to IMR after it opens). */
export async function openAs(uri: vscode.Uri, languageId: string, timeoutMs = 10000): Promise<vscode.TextDocument> {
  // Listening before opening: the switch may come as soon as the document opens.
  const waiting = languageWhen(uri, languageId, timeoutMs);
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.languageId === languageId && !doc.isClosed) {
    void waiting.catch(() => undefined);
    return doc;
  }
  return waiting;
}

/** Resolves with the document of `uri` once it is open in `languageId` (now, or when it next opens so). */
export function languageWhen(uri: vscode.Uri, languageId: string, timeoutMs = 10000): Promise<vscode.TextDocument> {
  return new Promise((resolve, reject) => {
    const now = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed && d.languageId === languageId);
    if (now) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
      reject(new Error(`${uri.path} never opened as ${languageId} (it is ${current?.languageId ?? 'closed'})`));
    }, timeoutMs);
    const sub = vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.uri.toString() === uri.toString() && d.languageId === languageId) {
        clearTimeout(timer);
        sub.dispose();
        resolve(d);
      }
    });
  });
}

/** Resolves once VS Code reports the document of `uri` closed (disposed, not only out of sight). */
export function closedWhen(uri: vscode.Uri, timeoutMs = 20000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`${uri.path} was never closed`));
    }, timeoutMs);
    const sub = vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.toString() === uri.toString()) {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
  });
}

/** Opens a file as the Explorer does (a preview editor, no document held by an extension) and waits until it is in `languageId`. */
export async function openInPreview(uri: vscode.Uri, languageId: string, preview = true): Promise<vscode.TextDocument> {
  const opened = languageWhen(uri, languageId);
  await vscode.commands.executeCommand('vscode.open', uri, { preview });
  return opened;
}
