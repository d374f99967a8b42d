import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/core/index';
import { documentLinks } from '../../../server/src/core/features/document-links';
import { dedent } from '../../helpers/documents';
import { ROOT } from '../../helpers/root';

/** Links as `covered text -> target`. */
function links(source: string): string[] {
  const a = analyze(dedent(source));
  return documentLinks(a).map((l) => `${a.text.slice(l.start, l.end)} -> ${l.target}`);
}

describe('features/document-links', () => {
  it('finds markdown links, angle links, bare URLs and emails', () => {
    assert.deepEqual(
      links(`
        # 1. Planning
        The assessment is at [21/01234/FUL](https://planning.example.gov.uk/apps/21/01234/FUL).
        The consultation page is <https://www.example.gov.uk/lcwip>; see also https://example.org/a_(b).
        Comments to jo.patel@westford.gov.uk by 3 December, or <mailto:clerk@example.gov.uk>.
      `),
      [
        '[21/01234/FUL](https://planning.example.gov.uk/apps/21/01234/FUL) -> https://planning.example.gov.uk/apps/21/01234/FUL',
        'https://www.example.gov.uk/lcwip -> https://www.example.gov.uk/lcwip',
        'https://example.org/a_(b) -> https://example.org/a_(b)',
        'jo.patel@westford.gov.uk -> mailto:jo.patel@westford.gov.uk',
        'mailto:clerk@example.gov.uk -> mailto:clerk@example.gov.uk',
      ],
    );
  });

  it('leaves sentence punctuation and unopened brackets out of bare addresses', () => {
    assert.deepEqual(
      links(`
        See https://example.org/page. Also (https://example.org/x), and "http://example.org/q?a=1".
        Ask **planning@example.gov.uk**.
      `),
      [
        'https://example.org/page -> https://example.org/page',
        'https://example.org/x -> https://example.org/x',
        'http://example.org/q?a=1 -> http://example.org/q?a=1',
        'planning@example.gov.uk -> mailto:planning@example.gov.uk',
      ],
    );
  });

  it('links only http, https and mailto targets', () => {
    assert.deepEqual(
      links(`
        [run](javascript:alert(1)) [file](docs/report.pdf) [ftp](ftp://example.org/x) <file:///etc/passwd>
        https:// alone, mailto:nobody and @handle are not links.
      `),
      [],
    );
  });

  it('does not take @handles for email addresses', () => {
    assert.deepEqual(links('PEOPLE:\n@alam  Irfan Alam\n\nCONTACT: @alam, irfan.alam@bradford.gov.uk\n'), [
      'irfan.alam@bradford.gov.uk -> mailto:irfan.alam@bradford.gov.uk',
    ]);
  });

  it('gives CRLF documents the right offsets', () => {
    const a = analyze('# 1. X\r\nSee <https://example.org/a>.\r\n');
    const [l] = documentLinks(a);
    assert.equal(a.text.slice(l.start, l.end), 'https://example.org/a');
    assert.deepEqual(a.lines.positionAt(l.start), { line: 1, character: 5 });
  });

  it('finds the links of the bundled example', () => {
    const a = analyze(readFileSync(join(ROOT, 'examples/westford-planning-committee.minutes'), 'utf8'));
    assert.deepEqual(
      documentLinks(a).map((l) => l.target),
      [
        'mailto:jo.patel@westford.gov.uk',
        'mailto:laura.chen@westford.gov.uk',
        'https://planning.westford.gov.uk/online-applications/21/01234/FUL',
        'mailto:laura.chen@westford.gov.uk',
        'mailto:planning@westford.gov.uk',
        'https://www.westshire.gov.uk/lcwip',
        'mailto:jo.patel@westford.gov.uk',
      ],
    );
  });
});
