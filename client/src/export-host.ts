// What the export commands (export.ts) need of the platform they run on:
// desktop-export-host.ts (real paths; PDF from the server) and
// web-export-host.ts (no real paths, no Chromium: PDF offers the HTML
// export to print instead).
import type * as vscode from 'vscode';

export interface ExportHost {
  /** One spelling of a file's path, for telling whether the target is the source. */
  canonicalPath(uri: vscode.Uri): Promise<string>;
  /** Set where PDF cannot be made: runs instead of the PDF export, and gives the message it showed. */
  readonly pdfUnavailable?: (resource: vscode.Uri | undefined) => Promise<string>;
}
