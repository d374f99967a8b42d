// The live preview: a webview panel per document, filled with the HTML the
// server renders (`minutes/render`), updated while typing (throttled), kept
// scrolled with the editor in both directions, and restored after a reload.
import * as vscode from 'vscode';
import type { MinutesServer } from './server-handle';
import { FromPreview, ToPreview, previewShell, withStyleNonce } from './preview-html';
import { RenderRequest } from '../../server/src/protocol/custom-requests';
import { known } from './unknown-document';

export const PREVIEW_VIEW_TYPE = 'minutes.preview';
const UPDATE_INTERVAL_MS = 250;

/** What the page of a preview shows: its text and its HTML, as the webview's DOM has them. */
export interface RenderedPreview {
  readonly text: string;
  readonly html: string;
}

/** What tests and other extensions may ask of the previews. */
export interface PreviewApi {
  /** What the preview of `uri` shows once pending updates have rendered; undefined when there is no preview. */
  rendered(uri: vscode.Uri): Promise<RenderedPreview | undefined>;
}

export function registerPreview(context: vscode.ExtensionContext, server: MinutesServer): PreviewApi {
  const previews = new Map<string, Preview>();
  const track = (preview: Preview): Preview => {
    previews.set(preview.key, preview);
    preview.panel.onDidDispose(() => previews.delete(preview.key));
    return preview;
  };
  const open = async (resource: vscode.Uri | undefined, toSide: boolean): Promise<void> => {
    const document = await sourceDocument(resource);
    if (!document) {
      void vscode.window.showInformationMessage('Open a .minutes file to preview it.');
      return;
    }
    const existing = previews.get(document.uri.toString());
    if (existing) {
      existing.panel.reveal(undefined, toSide);
      return;
    }
    const column = toSide ? vscode.ViewColumn.Beside : vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active;
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, previewTitle(document.uri), { viewColumn: column, preserveFocus: toSide }, webviewOptions(context));
    track(new Preview(context, server, panel, document.uri, topLine(document.uri)));
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('minutes.openPreview', (uri?: vscode.Uri) => open(uri, false)),
    vscode.commands.registerCommand('minutes.openPreviewToSide', (uri?: vscode.Uri) => open(uri, true)),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: { uri?: string; line?: number } | undefined) {
        if (!state?.uri) {
          panel.dispose();
          return;
        }
        const uri = vscode.Uri.parse(state.uri);
        panel.webview.options = webviewOptions(context);
        panel.title = previewTitle(uri);
        // Opening the document (not showing it) makes the language server see it again.
        await vscode.workspace.openTextDocument(uri).then(undefined, () => undefined);
        track(new Preview(context, server, panel, uri, state.line ?? 0));
      },
    }),
    vscode.workspace.onDidChangeTextDocument((e) => previews.get(e.document.uri.toString())?.scheduleUpdate()),
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => previews.get(e.textEditor.document.uri.toString())?.editorScrolled(e)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      for (const p of previews.values()) if (e.affectsConfiguration('minutes.preview', p.uri)) p.postSettings();
    }),
    { dispose: () => previews.forEach((p) => p.panel.dispose()) },
  );

  return {
    rendered: async (uri) => previews.get(uri.toString())?.nextRender(),
  };
}

class Preview {
  readonly key: string;
  private readonly nonce: string;
  private version = 0;
  private timer: NodeJS.Timeout | undefined;
  private rendering = false;
  private dirty = false;
  private webviewReady = false;
  private pendingLine: number | undefined;
  private suppressEditorLine: number | undefined;
  private last: RenderedPreview | undefined;
  private readonly renderWaiters: Array<(rendered: RenderedPreview) => void> = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly server: MinutesServer,
    readonly panel: vscode.WebviewPanel,
    readonly uri: vscode.Uri,
    line: number,
  ) {
    this.key = uri.toString();
    this.pendingLine = line;
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'images', 'minutes-file.svg');
    const shell = previewShell({ cspSource: panel.webview.cspSource, uri: this.key, title: panel.title });
    this.nonce = shell.nonce;
    panel.webview.onDidReceiveMessage((m: FromPreview) => this.onMessage(m));
    panel.onDidDispose(() => clearTimeout(this.timer));
    panel.webview.html = shell.html;
  }

  /** Throttled: at most one render per interval while typing, and the last change always renders. */
  scheduleUpdate(): void {
    if (this.timer || !this.webviewReady) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, UPDATE_INTERVAL_MS);
  }

  editorScrolled(e: vscode.TextEditorVisibleRangesChangeEvent): void {
    const line = e.visibleRanges[0]?.start.line;
    if (line === undefined || !this.scrollSync()) return;
    if (this.suppressEditorLine !== undefined && Math.abs(line - this.suppressEditorLine) <= 1) {
      this.suppressEditorLine = undefined;
      return;
    }
    this.suppressEditorLine = undefined;
    this.post({ type: 'scrollTo', line });
  }

  postSettings(): void {
    this.post({ type: 'settings', scrollSync: this.scrollSync() });
  }

  nextRender(): Promise<RenderedPreview> {
    if (this.last && !this.rendering && !this.timer && !this.dirty) return Promise.resolve(this.last);
    return new Promise((resolve) => this.renderWaiters.push(resolve));
  }

  private async update(): Promise<void> {
    if (this.rendering) {
      this.dirty = true;
      return;
    }
    this.rendering = true;
    try {
      const { html } = known(await this.server.request(RenderRequest, { uri: this.key }), this.key);
      const line = this.pendingLine;
      this.pendingLine = undefined;
      this.post({ type: 'update', html: withStyleNonce(html, this.nonce), version: ++this.version, scrollSync: this.scrollSync(), line });
    } catch (err) {
      this.post({ type: 'error', message: `The preview could not be rendered: ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      this.rendering = false;
      if (this.dirty) {
        this.dirty = false;
        this.scheduleUpdate();
      }
    }
  }

  private onMessage(m: FromPreview): void {
    switch (m.type) {
      case 'ready':
        // Also after the panel was hidden and shown again: the page starts afresh.
        this.webviewReady = true;
        if (this.pendingLine === undefined && this.editors().length > 0) this.pendingLine = topLine(this.uri);
        void this.update();
        break;
      case 'rendered': {
        this.last = { text: m.text, html: m.html };
        const settled = m.version === this.version && !this.rendering && !this.timer && !this.dirty;
        if (settled) this.renderWaiters.splice(0).forEach((resolve) => resolve({ text: m.text, html: m.html }));
        break;
      }
      case 'revealLine':
        for (const editor of this.editors()) {
          this.suppressEditorLine = m.line;
          editor.revealRange(new vscode.Range(m.line, 0, m.line, 0), vscode.TextEditorRevealType.AtTop);
        }
        break;
      case 'openLine':
        void this.openLine(m.line);
        break;
      case 'openLink':
        void openLink(m.href, this.uri);
        break;
    }
  }

  private async openLine(line: number): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.uri);
    const column = this.editors()[0]?.viewColumn ?? vscode.ViewColumn.Beside;
    const position = new vscode.Position(line, 0);
    await vscode.window.showTextDocument(document, { viewColumn: column, selection: new vscode.Selection(position, position) });
  }

  private editors(): vscode.TextEditor[] {
    return vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === this.key);
  }

  private scrollSync(): boolean {
    return vscode.workspace.getConfiguration('minutes.preview', this.uri).get<boolean>('scrollSync', true);
  }

  private post(message: ToPreview): void {
    void this.panel.webview.postMessage(message);
  }
}

/** Web and mail links open outside VS Code; relative links open the file. Other schemes are ignored. */
async function openLink(href: string, source: vscode.Uri): Promise<void> {
  if (/^(https?|mailto):/i.test(href)) {
    await vscode.env.openExternal(vscode.Uri.parse(href, true));
  } else if (!/^[a-z][\w+.-]*:/i.test(href)) {
    const [path] = href.split('#');
    if (path) await vscode.commands.executeCommand('vscode.open', vscode.Uri.joinPath(source, '..', decodeURI(path)));
  }
}

async function sourceDocument(resource: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  if (resource) return vscode.workspace.openTextDocument(resource);
  const active = vscode.window.activeTextEditor?.document;
  return active?.languageId === 'minutes' ? active : undefined;
}

function topLine(uri: vscode.Uri): number {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  return editor?.visibleRanges[0]?.start.line ?? 0;
}

function previewTitle(uri: vscode.Uri): string {
  return `Preview ${uri.path.split('/').pop() ?? ''}`;
}

function webviewOptions(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'images')],
  };
}
