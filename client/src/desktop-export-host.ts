// The export commands on the desktop (export-host.ts): a target is compared
// with the source by its real path, links resolved and case folded where
// the disk ignores case; PDF is the server's, printed with Chromium.
import { realpath } from 'node:fs/promises';
import type { ExportHost } from './export-host';

export const desktopExportHost: ExportHost = {
  async canonicalPath(u) {
    let p = u.scheme === 'file' ? await realpath(u.fsPath).catch(() => u.fsPath) : u.path;
    if (process.platform === 'win32' || process.platform === 'darwin') p = p.toLowerCase();
    return p;
  },
};
