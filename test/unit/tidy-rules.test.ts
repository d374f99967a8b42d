/**
 * Keeps the rules, their documentation and their fixtures in step: every
 * file in server/src/core/validate/rules/ is a registered rule under its
 * file name, opens with a header comment that documents it (id, default
 * severity, a bad and a good example), has bad and good fixtures, and has
 * a row in the README's rules table that links to its page (docs/rules/,
 * checked by tidy-rule-pages.test.ts) and gives its default severity and
 * description. The row keeps the anchor `rule-<id>` that diagnostics linked
 * to before the pages existed. Rule ids are public API; this is where a
 * renamed or undocumented one is caught.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, type Rule } from '../../server/src/core/index';
import { ROOT } from '../helpers/root';

const RULES_DIR = path.join(ROOT, 'server/src/core/validate/rules');
const FIXTURES_DIR = path.join(ROOT, 'test/fixtures/rules');
const files = fs.readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts')).sort();
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

interface ReadmeRow {
  readonly anchor: boolean;
  readonly page: string | null;
  readonly severity: string;
  readonly description: string;
}

/** The README's rules table rows, by rule id: `| <a id="rule-<id>"></a>[`<id>`](docs/rules/<id>.md) | error | text |`. */
function readmeRows(): Map<string, ReadmeRow> {
  const rows = new Map<string, ReadmeRow>();
  const section = /^## Rules\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
  for (const line of section.split('\n')) {
    const m = /^\|\s*(<a id="rule-([a-z0-9-]+)"><\/a>)?(?:`([a-z0-9-]+)`|\[`([a-z0-9-]+)`\]\(([^)]*)\))\s*\|\s*([a-z]+)\s*\|\s*(.*?)\s*\|\s*$/.exec(line);
    if (!m) continue;
    const id = m[3] ?? m[4];
    rows.set(id, { anchor: m[2] === id, page: m[5] ?? null, severity: m[6], description: m[7] });
  }
  return rows;
}

describe('tidy: rules', () => {
  it('finds the rule files', () => assert.ok(files.length >= 13, `only ${files.length} rule files`));

  it('registers every rule file, and only those', () => {
    assert.deepEqual(RULES.map((r) => `${r.id}.ts`).sort(), files);
    assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length, 'two rules share an id');
  });

  for (const file of files) {
    const id = path.basename(file, '.ts');
    describe(id, () => {
      it('exports `rule` with the file name as its id, the very object in the registry', () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const mod = require(path.join(RULES_DIR, file)) as { rule?: Rule };
        assert.ok(mod.rule, `${file} does not export \`rule\``);
        assert.equal(mod.rule.id, id);
        assert.ok(RULES.includes(mod.rule), `${id} in the registry is not the rule exported by ${file}`);
        assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'rule ids are kebab-case');
      });

      it('opens with a header comment naming its id and default severity, with a bad and a good example', () => {
        const source = fs.readFileSync(path.join(RULES_DIR, file), 'utf8');
        const header = /^\/\*\*\n([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
        const rule = RULES.find((r) => r.id === id)!;
        assert.equal(header.split('\n')[0], ` * ${id} (${rule.defaultSeverity})`, `${file} must open with "/**" then " * ${id} (${rule.defaultSeverity})"`);
        assert.match(header, /^ \* Bad: +\S/m, `${file}: no "Bad:" example in the header comment`);
        assert.match(header, /^ \* Good: +\S/m, `${file}: no "Good:" example in the header comment`);
        assert.ok(rule.description.trim().length > 0, `${id} has no description`);
      });

      it('has bad and good fixtures', () => {
        for (const name of ['bad.minutes', 'good.minutes'])
          assert.ok(fs.existsSync(path.join(FIXTURES_DIR, id, name)), `missing test/fixtures/rules/${id}/${name}`);
      });

      it("has a row in the README's rules table that agrees with the code", () => {
        const rule = RULES.find((r) => r.id === id)!;
        const row = readmeRows().get(id);
        assert.ok(row, `README.md: no row for \`${id}\` in the table under "## Rules"`);
        assert.ok(row.anchor, `README.md: the row for ${id} needs the anchor <a id="rule-${id}"></a> (older diagnostics link to it)`);
        assert.equal(row.page, `docs/rules/${id}.md`, `README.md: the row for ${id} must link its id to docs/rules/${id}.md`);
        assert.equal(row.severity, rule.defaultSeverity, `README.md: default severity of ${id}`);
        assert.equal(row.description, rule.description, `README.md: description of ${id} differs from the rule's`);
      });
    });
  }

  it('lists no rule in the README that does not exist', () => {
    const extra = [...readmeRows().keys()].filter((id) => !RULES.some((r) => r.id === id));
    assert.deepEqual(extra, []);
  });

  it('has no fixture folder for a rule that does not exist', () => {
    const extra = fs.readdirSync(FIXTURES_DIR).filter((d) => !RULES.some((r) => r.id === d));
    assert.deepEqual(extra, []);
  });
});
