// The client's side of the custom requests (server/src/protocol/custom-requests.ts):
// what the preview, the export commands and the status item make of the
// server's answers, UNKNOWN_DOCUMENT (null) above all, in plain Node with no
// VS Code; and the shared declarations agree with docs/CONTRACTS.md and the
// core's export formats. test/lsp/requests.test.ts asks the real server.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { statusText } from '../../client/src/status-text';
import { documentName, known, UnknownDocumentError, unknownDocumentMessage } from '../../client/src/unknown-document';
import { EXPORT_FORMATS } from '../../server/src/core/index';
import { CUSTOM_REQUESTS, EXPORT_REQUEST_FORMATS, UNKNOWN_DOCUMENT } from '../../server/src/protocol/custom-requests';
import { ROOT } from '../helpers/root';

describe('client: answers to the custom requests', () => {
  const uri = 'file:///home/clerk/Planning%20Committee/2024-03-05.minutes';

  it('passes a result through', () => {
    const result = { html: '<article></article>' };
    assert.equal(known(result, uri), result);
    assert.deepEqual(known({ encoding: 'utf8', content: '' }, uri), { encoding: 'utf8', content: '' }, 'an empty export is a result');
  });

  it('turns UNKNOWN_DOCUMENT into an error naming the document and saying why', () => {
    assert.throws(
      () => known(UNKNOWN_DOCUMENT, uri),
      (e: unknown) =>
        e instanceof UnknownDocumentError &&
        e.uri === uri &&
        e.message === 'the language server has no copy of 2024-03-05.minutes: it is not open as a Minutes document and cannot be read from disk',
    );
  });

  it('names a document as its tab does', () => {
    assert.equal(documentName(uri), '2024-03-05.minutes');
    assert.equal(documentName('untitled:Untitled-1'), 'Untitled-1');
    assert.equal(documentName('vscode-remote://ssh-remote%2Bbox/srv/minutes/board.minutes?x=1#top'), 'board.minutes');
    assert.equal(documentName('file:///'), 'file:///', 'no name: the URI itself');
    assert.equal(documentName('file:///a/100%.minutes'), '100%.minutes', 'a bad escape is kept as written');
  });

  it('the status item counts a known document and explains an unknown one', () => {
    assert.deepEqual(statusText({ errors: 1, warnings: 2, actions: 10, openActions: 3 }, uri), {
      text: '$(error) 1 $(warning) 2 $(checklist) 3/10',
      detail: '1 error, 2 warnings, 10 actions (3 open)',
      level: 'error',
    });
    assert.equal(statusText({ errors: 0, warnings: 1, actions: 1, openActions: 0 }, uri).level, 'warning');
    assert.equal(statusText({ errors: 0, warnings: 0, actions: 1, openActions: 1 }, uri).detail, '0 errors, 0 warnings, 1 action (1 open)');
    assert.deepEqual(statusText(UNKNOWN_DOCUMENT, uri), { text: '$(info) Minutes', detail: unknownDocumentMessage(uri), level: 'info' });
  });
});

describe('protocol: the shared declarations', () => {
  it('every custom request is documented in docs/CONTRACTS.md, and every documented one is declared', () => {
    const contracts = fs.readFileSync(path.join(ROOT, 'docs/CONTRACTS.md'), 'utf8');
    const documented = [...contracts.matchAll(/^- `(minutes\/[a-zA-Z]+)`/gm)].map((m) => m[1]).sort();
    assert.deepEqual(documented, CUSTOM_REQUESTS.map((r) => r.method).sort());
  });

  it('minutes/export offers the core export formats and pdf', () => {
    assert.deepEqual([...EXPORT_REQUEST_FORMATS].sort(), [...EXPORT_FORMATS, 'pdf'].sort());
  });
});
