// What the client makes of a custom request's answer for a document the
// language server does not know: null (UNKNOWN_DOCUMENT, docs/CONTRACTS.md),
// when the document is neither open in the editor as a Minutes document nor a
// file the server can read. The preview and the export commands turn it into
// an error with a message that names the document and says why; the status
// item shows the same message (status-text.ts). No `vscode` here, so the
// handling is tested in plain Node (test/unit/client-answers.test.ts).
import { UNKNOWN_DOCUMENT, type Answer } from '../../server/src/protocol/custom-requests';

/** A custom request was answered UNKNOWN_DOCUMENT. */
export class UnknownDocumentError extends Error {
  override readonly name = 'UnknownDocumentError';
  constructor(readonly uri: string) {
    super(unknownDocumentMessage(uri));
  }
}

/** The answer when it is a result; throws UnknownDocumentError when the server does not know the document. */
export function known<R>(answer: Answer<R>, uri: string): R {
  if (answer === UNKNOWN_DOCUMENT) throw new UnknownDocumentError(uri);
  return answer;
}

/** Why there is no result, naming the document as the editor's tab does. */
export function unknownDocumentMessage(uri: string): string {
  return `the language server has no copy of ${documentName(uri)}: it is not open as a Minutes document and cannot be read from disk`;
}

/** The last segment of a URI's path, decoded: `file:///a/b%20c.minutes` -> `b c.minutes`, `untitled:Untitled-1` -> `Untitled-1`. */
export function documentName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '').replace(/^[a-z][a-z0-9+.-]*:(\/\/[^/]*)?/i, '');
  const last = path.split('/').filter(Boolean).pop() ?? '';
  if (!last) return uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
