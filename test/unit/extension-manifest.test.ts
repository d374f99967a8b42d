// Tidy test for the VS Code extension's manifest: every setting of
// docs/CONTRACTS.md is contributed with its type and default, every command is
// registered by the client and reachable, every contributed file exists and
// ships in the .vsix, and the VS Code version pins hold.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/root';

const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');
const pkg = JSON.parse(read('package.json'));
const contributes = pkg.contributes ?? {};
const clientSources = fs.readdirSync(path.join(ROOT, 'client/src')).map((f) => read(`client/src/${f}`)).join('\n');

/** The settings table of CONTRACTS.md: name, type text, default text. */
function contractSettings(): Array<{ name: string; type: string; defaultText: string }> {
  const section = read('docs/CONTRACTS.md').split(/^## /m).find((s) => s.startsWith('Settings'));
  assert.ok(section, 'CONTRACTS.md has a Settings section');
  return section
    .split('\n')
    .filter((l) => /^\| `minutes\./.test(l))
    .map((l) => l.split('|').map((c) => c.trim()))
    .map(([, name, type, defaultText]) => ({ name: name.replace(/`/g, ''), type, defaultText: defaultText.replace(/`/g, '') }));
}

describe('extension manifest', () => {
  const properties: Record<string, { type: string; default: unknown; description?: string; markdownDescription?: string; enum?: string[] }> =
    contributes.configuration?.properties ?? {};

  describe('settings agree with docs/CONTRACTS.md', () => {
    const settings = contractSettings();
    it('lists the settings', () => assert.ok(settings.length >= 8));
    for (const s of settings) {
      it(s.name, () => {
        const p = properties[s.name];
        assert.ok(p, `${s.name} is contributed`);
        assert.ok(p.description || p.markdownDescription, 'has a description');
        const expectedType = /^object/.test(s.type) ? 'object' : /^boolean/.test(s.type) ? 'boolean' : /^number/.test(s.type) ? 'number' : 'string';
        assert.equal(p.type, expectedType);
        const literal = /^("[^"]*"|\{\}|\[\]|true|false|-?\d+(?:\.\d+)?)/.exec(s.defaultText)?.[1] ?? s.defaultText;
        assert.deepEqual(p.default, JSON.parse(literal), `default ${literal}`);
        const enumValues = s.type.match(/"([^"]+)"/g)?.map((v) => v.slice(1, -1));
        if (enumValues && p.type === 'string' && enumValues.length > 1 && !/^string/.test(s.type)) assert.deepEqual(p.enum, enumValues);
      });
    }
    it('contributes no setting that the contract lacks', () => {
      const names = new Set(settings.map((s) => s.name));
      assert.deepEqual(Object.keys(properties).filter((k) => !names.has(k)), []);
    });
  });

  describe('commands', () => {
    const commands: Array<{ command: string; title: string }> = contributes.commands ?? [];
    const expected = ['minutes.openPreview', 'minutes.openPreviewToSide', 'minutes.exportHtml', 'minutes.exportPdf', 'minutes.exportDocx', 'minutes.exportJson', 'minutes.exportMarkdown', 'minutes.newMinutes', 'minutes.importMinutes'];
    it('contributes the agreed commands, each with a title and the Minutes category', () => {
      assert.deepEqual(commands.map((c) => c.command).sort(), [...expected].sort());
      for (const c of commands) assert.ok(c.title && (c as { category?: string }).category === 'Minutes', c.command);
    });
    for (const id of expected) {
      it(`${id} is registered by the client`, () => assert.ok(clientSources.includes(`'${id}'`), id));
    }
    it('menus and keybindings name contributed commands only', () => {
      const known = new Set(commands.map((c) => c.command));
      const used = [
        ...Object.values(contributes.menus ?? {}).flat().flatMap((m) => [(m as { command: string }).command, (m as { alt?: string }).alt]),
        ...(contributes.keybindings ?? []).map((k: { command: string }) => k.command),
      ].filter(Boolean);
      for (const c of used) assert.ok(known.has(c as string), c as string);
    });
    it('offers exports in the Command Palette only for minutes documents', () => {
      for (const id of expected.filter((c) => c.startsWith('minutes.export'))) {
        const entry = contributes.menus.commandPalette.find((m: { command: string }) => m.command === id);
        assert.equal(entry?.when, 'editorLangId == minutes', id);
      }
    });
  });

  it('points at files that exist and ship in the .vsix', () => {
    const files = [
      pkg.icon,
      ...contributes.languages.flatMap((l: { configuration: string; icon?: { light: string; dark: string } }) => [l.configuration, l.icon?.light, l.icon?.dark]),
      ...contributes.grammars.map((g: { path: string }) => g.path),
      ...contributes.snippets.map((s: { path: string }) => s.path),
    ].filter(Boolean).map((f: string) => f.replace(/^\.\//, ''));
    const ignore = read('.vscodeignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    for (const f of files) {
      assert.ok(fs.existsSync(path.join(ROOT, f)), `${f} exists`);
      const kept = ignore.some((l) => l.startsWith('!') && matches(l.slice(1), f));
      assert.ok(kept, `${f} is kept by .vscodeignore`);
    }
    // The client starts out/server.js, which loads out/exports.js on the first export and out/imports.js on the first import.
    for (const bundle of [pkg.main.replace(/^\.\//, ''), 'out/server.js', 'out/exports.js', 'out/imports.js'])
      assert.ok(ignore.includes(`!${bundle}`), `${bundle} ships`);
    assert.ok(!ignore.some((l) => l.startsWith('!') && matches(l.slice(1), 'out/cli.js')), 'the CLI bundle does not ship in the .vsix');
  });

  it('declares the language, activation and workspace trust', () => {
    const language = contributes.languages.find((l: { id: string }) => l.id === 'minutes');
    assert.deepEqual(language.extensions, ['.minutes']);
    assert.ok(pkg.activationEvents.includes('onLanguage:minutes'));
    assert.ok(pkg.activationEvents.includes('onWebviewPanel:minutes.preview'));
    assert.equal(contributes.grammars[0].scopeName, 'source.minutes');
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok(pkg.capabilities.untrustedWorkspaces.description);
  });

  it('keeps engines.vscode and @types/vscode at or below 1.100 (code-server 4.100.3 for the E2E tests)', () => {
    const engine = /^\^?(\d+)\.(\d+)/.exec(pkg.engines.vscode);
    const types = /(\d+)\.(\d+)/.exec(pkg.devDependencies['@types/vscode']);
    assert.ok(engine && types);
    assert.ok(Number(engine[1]) === 1 && Number(engine[2]) <= 100, pkg.engines.vscode);
    assert.ok(Number(types[2]) <= Number(engine[2]), '@types/vscode is not newer than engines.vscode (vsce refuses that)');
  });
});

/** The .vscodeignore globs used here: `dir/**`, `dir/*.ext` and plain paths. */
function matches(glob: string, file: string): boolean {
  const re = new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*')}$`);
  return re.test(file);
}
