// The server's file source (server/src/lsp/file-source.ts): the URI helpers
// that walk folders without Node, and the configuration lookup and the
// workspace index running over a source that is not the disk, as they do in
// the browser (a github.dev repository is `vscode-vfs://github/...`).
import * as assert from 'node:assert/strict';
import { ConfigFiles } from '../../server/src/lsp/config-file';
import { childUri, parentUri, uriKey, type FileSource } from '../../server/src/lsp/file-source';
import { WorkspaceIndex } from '../../server/src/lsp/workspace-index';

/** Files in memory, by URI, as the web client would answer for them; counts the reads. */
function memory(files: Record<string, string>): FileSource & { reads: string[] } {
  const reads: string[] = [];
  const isDir = (uri: string): boolean => Object.keys(files).some((f) => f.startsWith(`${uri}/`));
  return {
    reads,
    async readText(uri) {
      reads.push(uri);
      return files[uri];
    },
    async stat(uri) {
      if (uri in files) return { type: 'file', mtime: 1 };
      return isDir(uri) ? { type: 'directory', mtime: 1 } : undefined;
    },
    async listMinutes(folders, max) {
      return Object.keys(files)
        .filter((f) => f.endsWith('.minutes') && folders.some((d) => f.startsWith(`${d}/`)))
        .sort()
        .slice(0, max);
    },
    handles: (uri) => !uri.startsWith('untitled:'),
  };
}

const REPO = 'vscode-vfs://github/council/minutes';

describe('file source', () => {
  it('walks up and into folders by URI', () => {
    assert.equal(parentUri(`${REPO}/2024/march.minutes`), `${REPO}/2024`);
    assert.equal(parentUri('file:///a'), 'file:///');
    assert.equal(parentUri('file:///'), 'file:///');
    assert.equal(parentUri('vscode-test-web://mount/x.minutes'), 'vscode-test-web://mount/');
    assert.equal(childUri(`${REPO}/2024/`, '.minutesrc.json'), `${REPO}/2024/.minutesrc.json`);
    assert.equal(childUri('file:///a', 'b c'), 'file:///a/b%20c');
  });

  it('spells one file one way for comparison', () => {
    assert.equal(uriKey('file:///c%3A/Minutes/a.minutes'), uriKey('file:///C:/Minutes/a.minutes'));
    assert.equal(uriKey('file:///a/b%20c.minutes'), 'file:///a/b c.minutes');
    assert.notEqual(uriKey('file:///a/b.minutes'), uriKey('file:///a/c.minutes'));
  });

  it('finds the nearest .minutesrc.json through the source, and names a broken one', async () => {
    const source = memory({
      [`${REPO}/.minutesrc.json`]: '{ "riskMatrix": "1-5 x 1-5" }',
      [`${REPO}/planning/2024/.minutesrc.json`]: '{\n  "rules": { "no-such-rule": "off" }\n}',
      [`${REPO}/planning/2024/june.minutes`]: '',
      [`${REPO}/audit/july.minutes`]: '',
    });
    const configs = new ConfigFiles(source);
    const found = await configs.forUri(`${REPO}/audit/july.minutes`);
    assert.deepEqual(found, { config: { riskMatrix: '1-5 x 1-5' }, file: `${REPO}/.minutesrc.json`, problem: null });
    const broken = await configs.forUri(`${REPO}/planning/2024/june.minutes`);
    assert.equal(broken.file, `${REPO}/planning/2024/.minutesrc.json`);
    assert.match(broken.problem ?? '', /^vscode-vfs:\/\/github\/council\/minutes\/planning\/2024\/\.minutesrc\.json:2:14: unknown rule "no-such-rule"/);
    assert.deepEqual(await configs.forUri('untitled:Untitled-1'), { config: {}, file: null, problem: null });
  });

  it('indexes the workspace symbols of files it reads through the source', async () => {
    const source = memory({
      [`${REPO}/a.minutes`]: '---\ncommittee: Planning Committee\ndate: 2024-03-05\n---\n\n# 1 Apologies\n\n# 2 Budget\n',
      [`${REPO}/b.txt`]: 'not minutes',
    });
    const index = new WorkspaceIndex(source);
    index.setFolders([REPO]);
    const symbols = await index.search('budget', async () => undefined);
    assert.deepEqual(symbols.map((s) => [s.name, s.location.uri]), [['2 Budget', `${REPO}/a.minutes`]]);
    assert.deepEqual(source.reads, [`${REPO}/a.minutes`]);
  });
});
