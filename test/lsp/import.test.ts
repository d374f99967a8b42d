/**
 * `minutes/import` on the real server (out/server.js): the bytes of a text
 * copy, a web page and a Word document in, the same `.minutes` text as the
 * core's golden files out, with the summary and the report; input that is
 * not minutes is error 1002 naming the file, and the server keeps going.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IMPORT_FAILED, ImportRequest, type ImportAnswer } from '../../server/src/protocol/custom-requests';
import { TestClient } from '../helpers/lsp-client';
import { ROOT } from '../helpers/root';

const INPUTS: [string, string][] = [
  ['test/fixtures/import/seeds/004_e896f12c8ca69ae3.txt', 'test/golden/import/seeds/004.minutes'],
  ['test/fixtures/import/html/mgai-planning-item.html', 'test/golden/import/html/mgai-planning-item.minutes'],
  ['test/fixtures/import/docx/cabinet-lettered.docx', 'test/golden/import/docx/cabinet-lettered.minutes'],
];

describe('lsp: minutes/import', function () {
  this.timeout(30000);
  let client: TestClient;
  before(async () => {
    ({ client } = await TestClient.start());
  });
  after(async () => {
    await client.stop();
  });

  for (const [input, golden] of INPUTS) {
    it(`imports ${path.basename(input)} as the core does`, async () => {
      const content = fs.readFileSync(path.join(ROOT, input)).toString('base64');
      const answer = await client.connection.sendRequest(ImportRequest, { name: path.basename(input), content });
      assert.equal(answer.text, fs.readFileSync(path.join(ROOT, golden), 'utf8'));
      assert.match(answer.summary, /^imported (text|html|docx): \d+ items?, /);
      assert.equal((answer.report as { schema: string }).schema, 'minutes-import/1');
    });
  }

  it('answers input that is not minutes with error 1002 naming the file, and goes on', async () => {
    for (const [name, bytes, message] of [
      ['empty.txt', Buffer.alloc(0), /^empty\.txt: cannot import: the file is empty/],
      ['report.pdf', Buffer.from('%PDF-1.7\n'), /^report\.pdf: cannot import: a PDF/],
      ['broken.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /^broken\.docx: cannot import: the Word document cannot be read/],
    ] as const) {
      await assert.rejects(client.connection.sendRequest(ImportRequest, { name, content: bytes.toString('base64') }), (e: Error & { code?: number }) => {
        assert.equal(e.code, IMPORT_FAILED);
        assert.match(e.message, message);
        return true;
      });
    }
    const again: ImportAnswer = await client.connection.sendRequest(ImportRequest, { name: 'x.txt', content: Buffer.from('Minutes:\n\nThe Committee noted the report.\n').toString('base64'), from: 'text' });
    assert.match(again.text, /MINUTES:\nThe Committee noted the report\./);
  });
});
