import * as vscode from 'vscode';
import type { Range, Severity, TextEdit } from '../core';

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function toSeverity(s: Severity): vscode.DiagnosticSeverity {
  switch (s) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    default:
      return vscode.DiagnosticSeverity.Hint;
  }
}

export function toTextEdit(e: TextEdit): vscode.TextEdit {
  return new vscode.TextEdit(toRange(e.range), e.newText);
}

export const LANGUAGE_ID = 'imr';
export const DIAGNOSTIC_SOURCE = 'imr';
