// The language status item of .minutes editors: errors, warnings and actions
// of the active document, from `minutes/stats` (status-text.ts words them).
// A click opens Problems.
import * as vscode from 'vscode';
import type { MinutesServer } from './server-handle';
import { StatsRequest } from '../../server/src/protocol/custom-requests';
import { statusText, type StatusText } from './status-text';

const REFRESH_DELAY_MS = 200;

export function registerStatus(context: vscode.ExtensionContext, server: MinutesServer): void {
  const item = vscode.languages.createLanguageStatusItem('minutes.status', { language: 'minutes' });
  item.name = 'Minutes';
  item.text = 'Minutes';
  item.detail = 'starting the language server';
  item.busy = true;
  item.command = { title: 'Show Problems', command: 'workbench.actions.view.problems' };

  let timer: NodeJS.Timeout | undefined;
  const refresh = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), REFRESH_DELAY_MS);
  };
  const isActive = (uri: vscode.Uri): boolean => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString();

  async function update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId !== 'minutes') return;
    try {
      const uri = document.uri.toString();
      const stats = await server.request(StatsRequest, { uri });
      if (isActive(document.uri)) show(item, statusText(stats, uri));
    } catch (err) {
      item.busy = false;
      item.text = '$(error) Minutes';
      item.detail = `language server unavailable: ${err instanceof Error ? err.message : String(err)}`;
      item.severity = vscode.LanguageStatusSeverity.Error;
    }
  }

  server.ready.then(refresh, () => void update());
  context.subscriptions.push(
    item,
    { dispose: () => clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some(isActive)) refresh();
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (isActive(e.document.uri)) refresh();
    }),
  );
}

function show(item: vscode.LanguageStatusItem, status: StatusText): void {
  item.busy = false;
  item.text = status.text;
  item.detail = status.detail;
  item.severity = SEVERITY[status.level];
  item.accessibilityInformation = { label: `Minutes: ${status.detail}` };
}

const SEVERITY: Readonly<Record<StatusText['level'], vscode.LanguageStatusSeverity>> = {
  error: vscode.LanguageStatusSeverity.Error,
  warning: vscode.LanguageStatusSeverity.Warning,
  info: vscode.LanguageStatusSeverity.Information,
};
