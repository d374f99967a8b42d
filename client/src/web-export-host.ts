// The export commands in the browser (export-host.ts). There are no real
// paths to resolve, so a target is the source when its path is the same;
// and PDF, which needs a Chromium started on the machine, says plainly that
// it needs the desktop or the CLI and offers the HTML export, which the
// browser prints to PDF.
import * as vscode from 'vscode';
import type { ExportHost } from './export-host';

/** What the PDF command shows in the browser. */
export const PDF_NEEDS_DESKTOP =
  'PDF export needs VS Code on the desktop or the minutes CLI (`minutes export FILE --to pdf`): it prints with Chromium, which a browser tab cannot start. Export to HTML instead and print that page to PDF from the browser.';

export const webExportHost: ExportHost = {
  canonicalPath: async (u) => u.path,
  async pdfUnavailable(resource) {
    // Not awaited, so the command ends at once; the button still works later.
    void vscode.window.showWarningMessage(PDF_NEEDS_DESKTOP, 'Export to HTML…').then((choice) => {
      if (choice) void vscode.commands.executeCommand('minutes.exportHtml', resource);
    });
    return PDF_NEEDS_DESKTOP;
  },
};
