/**
 * Keeps the README's CLI section in step with the CLI: every option that
 * `minutes lint --help`, `export --help`, `import --help`, `new --help` and the register commands' help print, every format and
 * every exit code is documented there.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureBuilt, runCli } from '../helpers/cli';
import { ROOT } from '../helpers/root';

function cliSection(): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## CLI\n');
  assert.ok(start >= 0, 'the README has a "## CLI" section');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe('README: the CLI section', function () {
  this.timeout(30000);
  before(ensureBuilt);

  for (const command of ['lint', 'export', 'import', 'actions', 'decisions', 'attendance', 'new']) {
    it(`documents every option of minutes ${command}`, () => {
      const help = runCli([command, '--help']).stdout;
      const options = [...new Set(help.match(/(?<![\w-])--?[a-z][a-z-]*/g) ?? [])];
      assert.ok(options.length > 4);
      const section = cliSection();
      for (const option of options) assert.ok(section.includes(`\`${option}`) || section.includes(`${option}\``), `README CLI section mentions ${option}`);
    });
  }

  it('documents every report format and export format, and exit codes 0, 1 and 2', () => {
    const section = cliSection();
    for (const format of ['stylish', 'json', 'sarif', 'github', 'html', 'md', 'docx', 'pdf']) assert.ok(section.includes(`\`${format}\``), format);
    for (const code of ['0', '1', '2']) assert.match(section, new RegExp(`\\| \`${code}\` \\|`));
  });
});
