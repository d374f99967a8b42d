/**
 * Protocol tests of document symbols (the outline reads like the agenda,
 * and every range is well nested, which VS Code insists on) and workspace
 * symbols (every .minutes file of the workspace folders, open files from
 * the editor, a cache refreshed by watched-file events).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SymbolKind, type DocumentSymbol, type Position, type Range, type SymbolInformation, type WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { ROOT } from '../helpers/root';
import { TestClient, uriOf } from '../helpers/lsp-client';

const EXAMPLE = path.join(ROOT, 'examples/westford-planning-committee.minutes');
const FIXTURES = path.join(ROOT, 'test/fixtures');

const before_ = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
const inside = (inner: Range, outer: Range): boolean => before_(outer.start, inner.start) && before_(inner.end, outer.end);

/** Every problem with a symbol tree that an editor would reject or show oddly. */
function problems(symbols: DocumentSymbol[], parent?: DocumentSymbol): string[] {
  const out: string[] = [];
  for (const s of symbols) {
    if (!s.name.trim()) out.push(`empty name at line ${s.range.start.line}`);
    if (!inside(s.selectionRange, s.range)) out.push(`${s.name}: selection outside its range`);
    if (parent && !inside(s.range, parent.range)) out.push(`${s.name}: outside its parent ${parent.name}`);
    out.push(...problems(s.children ?? [], s));
  }
  return out;
}

function allFixtureFiles(): string[] {
  const dirs = [path.join(FIXTURES, 'seeds'), path.join(FIXTURES, 'unseen'), path.join(FIXTURES, 'v2'), path.join(ROOT, 'examples')];
  return dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.minutes')).map((f) => path.join(d, f)));
}

describe('lsp: document symbols', function () {
  let client: TestClient;
  before(async () => {
    ({ client } = await TestClient.start());
  });
  after(async () => {
    await client.stop();
  });

  async function symbolsOf(file: string): Promise<DocumentSymbol[]> {
    const uri = pathToFileURL(file).toString();
    client.open(uri, fs.readFileSync(file, 'utf8'));
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    client.close(uri);
    return symbols;
  }

  it('outlines the meeting as its agenda: items, sub-items, resolutions by id, votes, actions', async () => {
    const [meeting] = await symbolsOf(EXAMPLE);
    assert.equal(meeting.name, 'Planning Committee');
    assert.equal(meeting.detail, '2021-11-16, Westford Borough Council');
    const names = meeting.children!.map((c) => c.name);
    // The agenda first; the people and attendance after it, folded into one node.
    assert.equal(names[0], '77/21 Minutes of the previous meeting');
    assert.equal(names[names.length - 1], 'People and attendance');
    assert.ok(names.slice(0, -1).every((n) => /^\d+\/21 /.test(n)), names.join(' | '));
    const roll = meeting.children![names.length - 1];
    assert.deepEqual(roll.children!.map((c) => c.name), ['People', 'Present', 'Apologies', 'Absent', 'In attendance', 'Declarations']);
    assert.ok(roll.children![0].children!.every((p) => p.name.startsWith('@')));
    const item78 = meeting.children!.find((c) => c.name === '78/21 Planning applications')!;
    const a = item78.children!.find((c) => c.name.startsWith('78/21(a) '))!;
    assert.deepEqual(
      a.children!.map((c) => c.name),
      [
        'Vote: for 7, against 2, abstain 1 — carried',
        '78/21(a)(1)',
        '78/21(a)(2)',
        'Action: Priya Nair — Complete the section 106 agreement for 21/01234/FUL',
        'Action: Laura Chen, Jo Patel — Write to the registered speakers with the…',
        'Action: Westshire County Council (Highways) — Review the speed limit on Mill…',
      ],
    );
    assert.equal(a.children![3].detail, 'due 2022-02-28, done');
    const item81 = meeting.children!.find((c) => c.name.startsWith('81/21'))!;
    assert.deepEqual(
      item81.children!.filter((c) => c.detail?.startsWith('rating')).map((c) => `${c.name}: ${c.detail}`),
      ['Designation for speed: rating D4', 'Costs awarded at appeal: rating C3', 'Staff vacancies: rating B3', 'Five-year housing land supply: rating C4'],
    );
  });

  it('puts a motion under its item, with its amendment, the votes on each and the outcomes', async () => {
    const [meeting] = await symbolsOf(path.join(FIXTURES, 'v2/full-council-motions.minutes'));
    const budget = meeting.children!.find((c) => c.name.startsWith('6 Budget'))!;
    const [motion] = budget.children!;
    assert.match(motion.name, /^Motion 1: That the Council approves/);
    assert.equal(motion.detail, 'carried — moved by Councillor Priya Chandran, seconded by Councillor Neil Harcourt');
    assert.equal(motion.kind, SymbolKind.Object);
    assert.deepEqual(
      motion.children!.map((c) => [c.name.slice(0, 12), c.detail]),
      [
        ['Amendment 1:', 'lost — moved by Councillor Fiona Lyle, seconded by Councillor Doyle'],
        ['Vote: record', 'carried'],
      ],
    );
    assert.deepEqual(motion.children![0].children!.map((c) => c.name), ['Vote: for 8, against 14, abstain 1 — lost']);
  });

  it('gives the selection of an item its heading line', async () => {
    const [meeting] = await symbolsOf(EXAMPLE);
    const item = meeting.children!.find((c) => c.name.startsWith('79/21'))!;
    const line = fs.readFileSync(EXAMPLE, 'utf8').split('\n')[item.selectionRange.start.line];
    assert.match(line, /^# 79\/21 Tree Preservation Order/);
    assert.equal(item.selectionRange.start.line, item.range.start.line);
  });

  for (const file of allFixtureFiles()) {
    it(`keeps every range well nested in ${path.basename(file)}`, async () => {
      const symbols = await symbolsOf(file);
      assert.equal(symbols.length, 1);
      assert.deepEqual(problems(symbols), []);
    });
  }
});

describe('lsp: workspace symbols', function () {
  it('finds items, resolutions, actions and people across the workspace folders', async () => {
    const { client } = await TestClient.start({ workspaceFolders: [FIXTURES, path.join(ROOT, 'examples')] });
    try {
      const search = (query: string): Promise<(SymbolInformation | WorkspaceSymbol)[]> => client.request('workspace/symbol', { query });
      const people = await search('@idcs');
      assert.deepEqual(
        people.map((s) => [s.name, path.relative(ROOT, new URL((s.location as { uri: string }).uri).pathname)]).sort(),
        [
          ['@idcs Interim Director of Children’s Services', 'examples/seeds/001-trafford-scrutiny.minutes'],
          ['@idcs Interim Director of Children’s Services', 'test/fixtures/seeds/001-trafford-scrutiny.minutes'],
        ],
      );
      const resolutions = await search('79/21(b)');
      const hit = resolutions.find((s) => s.name.startsWith('79/21(b) '))!;
      assert.ok(hit, resolutions.map((s) => s.name).join('\n'));
      assert.equal(hit.containerName, '79/21 Tree Preservation Order No. 4 of 2021 — The Green, Lower Westford');
      const loc = hit.location as { uri: string; range: Range };
      assert.ok(loc.uri.endsWith('/examples/westford-planning-committee.minutes'), loc.uri);
      const ofsted = await search('Ofsted Report');
      const files = new Set(ofsted.map((s) => path.basename((s.location as { uri: string }).uri)));
      assert.ok(files.size >= 2, `expected hits in several files, got ${[...files].join(', ')}`);
      const actions = await search('Action: Jo Patel');
      assert.ok(actions.some((s) => s.name === 'Action: Jo Patel — Write to the two objectors'));
    } finally {
      await client.stop();
    }
  });

  it('finds symbols in open documents outside the workspace folders (a single file, an untitled document)', async () => {
    // VS Code opening one .minutes file has no workspace folder: the open documents are all there is to search.
    const { client } = await TestClient.start();
    try {
      client.open(uriOf('single-file.minutes'), '---\ncommittee: Board\ndate: 2024-01-10\n---\n\n# 1. Allotments\n\nRESOLVED: That the allotment rents be frozen.\n');
      client.open('untitled:Untitled-1', '---\ncommittee: Board\ndate: 2024-01-11\n---\n\n# 4. Allotment waiting list\n');
      const found = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'allotment' });
      assert.deepEqual(
        found.map((s) => [s.name, (s.location as { uri: string }).uri]),
        [
          ['1 Allotments', uriOf('single-file.minutes')],
          ['1(1) That the allotment rents be frozen.', uriOf('single-file.minutes')],
          ['4 Allotment waiting list', 'untitled:Untitled-1'],
        ],
      );
    } finally {
      await client.stop();
    }
  });

  it('lists an open file inside a workspace folder once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-ws-open-'));
    const file = path.join(dir, 'm.minutes');
    const text = '---\ncommittee: Board\ndate: 2024-01-10\n---\n\n# 1. Cemetery\n';
    fs.writeFileSync(file, text);
    const { client } = await TestClient.start({ workspaceFolders: [dir] });
    try {
      client.open(pathToFileURL(file).toString(), text);
      const found = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'cemetery' });
      assert.deepEqual(found.map((s) => s.name), ['1 Cemetery']);
    } finally {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads open files from the editor and files on disk again after a watched-file event', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-ws-'));
    const file = path.join(dir, 'board.minutes');
    const uri = pathToFileURL(file).toString();
    fs.writeFileSync(file, '---\ncommittee: Board\ndate: 2024-01-10\n---\n\n# 1. Budget\n\nRESOLVED: That the budget be agreed.\n');
    const { client } = await TestClient.start({ workspaceFolders: [dir] });
    try {
      const names = async (q: string): Promise<string[]> => (await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: q })).map((s) => s.name);
      assert.deepEqual(await names('Budget'), ['1 Budget', '1(1) That the budget be agreed.']);
      fs.writeFileSync(file, '---\ncommittee: Board\ndate: 2024-01-10\n---\n\n# 1. Housing\n');
      assert.deepEqual(await names('Housing'), [], 'cached until the watcher reports the change');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
      assert.deepEqual(await names('Housing'), ['1 Housing']);
      const second = path.join(dir, 'sub', 'new.minutes');
      fs.mkdirSync(path.dirname(second));
      fs.writeFileSync(second, '---\ncommittee: Board\ndate: 2024-02-10\n---\n\n# 1. Parking\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(second).toString(), type: 1 }] });
      assert.deepEqual(await names('Parking'), ['1 Parking']);
      client.open(uri, '---\ncommittee: Board\ndate: 2024-01-10\n---\n\n# 1. Libraries (unsaved)\n');
      assert.deepEqual(await names('Libraries'), ['1 Libraries (unsaved)']);
    } finally {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
