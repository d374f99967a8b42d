/**
 * Connection setup: reads what the client can do, announces what the server
 * does, keeps the settings and the workspace index in step with the
 * client's notifications, and registers one handler module per feature.
 * The connection and the file source come from the entry point: server.ts
 * (Node: the transport from the command line, the disk) or
 * browser-server.ts (a Web Worker: messages, and the web client's files).
 */
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { analyze } from '../core/index';
import { CODE_ACTION_KINDS, registerCodeActions } from './code-actions';
import { COMPLETION_TRIGGERS, registerCompletion } from './completion';
import { ConfigFiles } from './config-file';
import { makeGuard, type ClientSupport, type ServerContext } from './context';
import { registerDiagnostics } from './diagnostics';
import { registerDocumentLinks } from './document-links';
import { registerDocumentSymbols } from './document-symbols';
import { DocumentStore } from './documents';
import { registerExport } from './export';
import type { FileSource } from './file-source';
import { registerImport } from './import';
import { registerFolding } from './folding';
import { registerFormatting } from './formatting';
import { registerHandles } from './handles';
import { registerHover } from './hover';
import { registerRender } from './render';
import { registerSelectionRanges } from './selection-ranges';
import { registerSemanticTokens, SEMANTIC_LEGEND } from './semantic-tokens';
import { SettingsStore } from './settings';
import { registerStats } from './stats';
import { WorkspaceIndex } from './workspace-index';
import { registerWorkspaceSymbols } from './workspace-symbols';

/**
 * Serves a connection. `files` reaches the workspace's files; `describe`
 * names one in messages (a path on the desktop, the URI in the browser).
 */
export function startServer(connection: Connection, files: FileSource, describe?: (uri: string) => string): void {
  const settings = new SettingsStore(connection, new ConfigFiles(files, describe));
  const documents = new DocumentStore(settings, files);
  const workspace = new WorkspaceIndex(files);
  const client: ClientSupport = { pullDiagnostics: false, diagnosticRefresh: false, watchFiles: false, configuration: false, definitionLinks: false };
  const s: ServerContext = { connection, documents, settings, workspace, files, client, analysis: (uri) => documents.analysis(uri), guard: makeGuard(connection) };
  let prepareRename = false;
  let dynamicConfiguration = false;
  let workspaceFoldersSupported = false;

  connection.onInitialize((params): InitializeResult => {
    Object.assign(client, readClient(params.capabilities));
    prepareRename = !!params.capabilities.textDocument?.rename?.prepareSupport;
    dynamicConfiguration = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    workspaceFoldersSupported = !!params.capabilities.workspace?.workspaceFolders;
    settings.pullConfiguration = client.configuration;
    workspace.watched = client.watchFiles;
    workspace.setFolders(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
    settings.pushedSection = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    return { capabilities: capabilities(client, prepareRename), serverInfo: { name: 'minutes-language-server' } };
  });

  connection.onInitialized(() => {
    // The core builds its lexer and parser on first use, so `initialize` is
    // answered without them; build them now, while the client sends its first
    // documents, unless a document has already made them.
    setImmediate(() => analyze(''));
    if (client.watchFiles)
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.minutes' }, { globPattern: '**/.minutesrc.json' }],
      });
    if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'minutes' });
    if (workspaceFoldersSupported)
      connection.workspace.onDidChangeWorkspaceFolders(() => {
        void connection.workspace.getWorkspaceFolders().then((folders) => workspace.setFolders((folders ?? []).map((f) => f.uri)));
      });
  });

  const diagnostics = registerDiagnostics(s);
  const settingsChanged = (): void => {
    settings.changed();
    documents.invalidateAll();
    diagnostics.refreshAll();
  };
  connection.onDidChangeConfiguration((params) => {
    const pushed = params.settings as Record<string, unknown> | null | undefined;
    if (pushed && typeof pushed === 'object' && 'minutes' in pushed) settings.pushedSection = pushed.minutes;
    settingsChanged();
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    workspace.filesChanged(changes.filter((c) => c.uri.endsWith('.minutes')));
    if (changes.some((c) => c.uri.endsWith('/.minutesrc.json'))) settingsChanged();
  });
  documents.documents.onDidClose((e) => settings.forget(e.document.uri));

  for (const register of [
    registerHover,
    registerCompletion,
    registerCodeActions,
    registerDocumentSymbols,
    registerWorkspaceSymbols,
    registerHandles,
    registerFolding,
    registerSelectionRanges,
    registerSemanticTokens,
    registerDocumentLinks,
    registerFormatting,
    registerStats,
    registerRender,
    registerExport,
    registerImport,
  ])
    register(s);

  documents.listen(connection);
  connection.listen();
}

/** What the server needs to know of the client's capabilities. */
function readClient(caps: ClientCapabilities): ClientSupport {
  return {
    pullDiagnostics: !!caps.textDocument?.diagnostic,
    diagnosticRefresh: !!caps.workspace?.diagnostics?.refreshSupport,
    watchFiles: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    configuration: !!caps.workspace?.configuration,
    definitionLinks: !!caps.textDocument?.definition?.linkSupport,
  };
}

function capabilities(client: ClientSupport, prepareRename: boolean): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
    hoverProvider: true,
    documentSymbolProvider: { label: 'Minutes' },
    workspaceSymbolProvider: true,
    codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: prepareRename ? { prepareProvider: true } : true,
    foldingRangeProvider: true,
    selectionRangeProvider: true,
    semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true, range: true },
    documentLinkProvider: { resolveProvider: false },
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    ...(client.pullDiagnostics ? { diagnosticProvider: { identifier: 'minutes', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}
