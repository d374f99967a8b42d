/**
 * Protocol tests of hover: people, ratings (with the scale names of a
 * .minutesrc.json), item headings and rule documentation on diagnostics.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { ruleDocsUrl } from '../../server/src/core/rule-docs';
import { TestClient } from '../helpers/lsp-client';
import { auditAt, auditWith } from '../helpers/documents';
import { marked, textIn } from '../helpers/cursor';

describe('lsp: hover', function () {
  let client: TestClient;
  let dir: string;
  let n = 0;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-hover-'));
    const risk = { likelihood: { '4': 'Likely' }, impact: { '3': 'Moderate' }, bands: [{ name: 'Red', minScore: 12 }] };
    fs.writeFileSync(path.join(dir, '.minutesrc.json'), JSON.stringify({ risk }));
    ({ client } = await TestClient.start({ workspaceFolders: [dir] }));
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function hover(source: string): Promise<{ text: string; hover: Hover | null; value: string }> {
    const { text, position } = marked(source);
    const uri = pathToFileURL(path.join(dir, `hover-${++n}.minutes`)).toString();
    client.open(uri, text);
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
    client.close(uri);
    return { text, hover: h, value: h ? (h.contents as MarkupContent).value : '' };
  }

  it('shows a person’s name, role and attendance on a handle', async () => {
    const r = await hover(auditAt('@okafor (Chair)', 3));
    assert.equal((r.hover!.contents as MarkupContent).kind, 'markdown');
    assert.match(r.value, /\*\*Councillor Grace Okafor\*\*/);
    assert.match(r.value, /Chair/);
    assert.match(r.value, /Attendance: present \(Chair\)/);
    assert.equal(textIn(r.text, r.hover!.range!), '@okafor');
  });

  it('says when a person sent apologies', async () => {
    const r = await hover(auditAt('@chen — Report', 2));
    assert.match(r.value, /Laura Chen/);
    assert.match(r.value, /Attendance: sent apologies/);
  });

  it('explains a rating with the configured scale names and band', async () => {
    const r = await hover(auditAt('4x3 |', 1));
    assert.match(r.value, /Risk rating 4x3/);
    assert.match(r.value, /Likelihood 4: Likely \(step 4 of 5\)/);
    assert.match(r.value, /Impact 3: Moderate \(step 3 of 5\)/);
    assert.match(r.value, /Score 12, band \*\*Red\*\*/);
    assert.equal(textIn(r.text, r.hover!.range!), '4x3');
  });

  it('counts an item’s resolutions, votes and actions on its heading', async () => {
    const r = await hover(auditAt('## 5.1', 4));
    assert.match(r.value, /Item 5\.1 Strategic risks/);
    assert.match(r.value, /2 resolutions · 1 vote · 1 action \(1 open\)/);
    assert.match(r.value, /5\.1\(a\), 5\.1\(b\)/);
  });

  it('documents the rule of a diagnostic under the cursor, with its link', async () => {
    const r = await hover(auditWith('VOTE: unanimous', 'The @nob$0ody said so.'));
    assert.match(r.value, /`@nobody` is not declared in PEOPLE/);
    assert.match(r.value, /\*\*person-unknown\*\* — An @handle that is not declared in PEOPLE\./);
    assert.ok(r.value.includes(`(${ruleDocsUrl('person-unknown')})`), r.value);
  });

  it('answers null where there is nothing to say', async () => {
    const r = await hover(auditWith('VOTE: unanimous', 'Plain wo$0rds.'));
    assert.equal(r.hover, null);
  });
});
