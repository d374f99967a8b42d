/**
 * Hostile text in every field (test/security/hostile.ts) stays text: the
 * HTML export (with and without exempt items), the preview's body fragment
 * (with the diagnostics marked, whose messages quote the text), the preview
 * page the VS Code client builds around it, and the Markdown export as a
 * Markdown renderer that allows raw HTML would show it. Each output is parsed
 * with parse5 and must contain nothing live: no script but the preview's own
 * nonce'd one, no event handler attributes, no javascript:/data: URLs, no
 * svg, iframe, object, embed or style from the content.
 *
 * Here each payload is in every field at once; xss-html.slow.test.ts
 * (`npm run test:slow`) puts each payload in each field alone, so that a
 * payload split by one construct is not hidden by the text around it.
 */
import * as assert from 'node:assert/strict';
import { analyze, renderJson } from '../../server/src/core/index';
import { exportModel } from '../../server/src/core/export/withhold';
import { FIELD_COUNT, hostileDocument, liveContent, PAYLOADS } from './hostile';
import { problems } from './surfaces';

describe('security: hostile text in the HTML export and the preview (parse5)', function () {
  this.timeout(60_000);

  it(`has at least 50 payloads (${PAYLOADS.length}) and ${FIELD_COUNT} fields`, () => {
    assert.ok(PAYLOADS.length >= 50);
    assert.ok(FIELD_COUNT >= 40);
    assert.equal(new Set(PAYLOADS).size, PAYLOADS.length, 'no payload twice');
  });

  it('a clean document passes, and the checker finds what it looks for', () => {
    assert.deepEqual(problems(analyze(hostileDocument('Plain words')), true), []);
    const live = [
      '<p><script>x</script></p>',
      '<p onclick="x">a</p>',
      '<a href="javascript:x">a</a>',
      '<a href=" data:text/html,x">a</a>',
      '<svg></svg>',
      '<iframe></iframe>',
      '<object></object>',
      '<embed>',
      '<p style="background:url(x)">a</p>',
      '<meta http-equiv="refresh" content="0">',
    ];
    for (const html of live) assert.ok(liveContent(html, { styles: 0 }).length > 0, html);
    assert.ok(liveContent('<style>a{}</style><style>b{}</style>', { styles: 1 }).length > 0, 'a second <style>');
    assert.ok(liveContent('<script nonce="n1">x</script>', { styles: 0, scripts: 1, nonce: 'n2' }).length > 0, 'a script with another nonce');
    assert.deepEqual(liveContent('<script nonce="n1">x</script>', { styles: 0, scripts: 1, nonce: 'n1' }), []);
  });

  it('the document puts text in every v2 field, so that the payloads reach them', () => {
    // Without this, a v2 construct the parser did not read would leave its field as narrative and pass vacuously.
    const model = JSON.parse(renderJson(exportModel(analyze(hostileDocument('Plain words')).model, true)));
    const flat = (items: { items: unknown[] }[]): any[] => items.flatMap((it) => [it, ...flat(it.items as { items: unknown[] }[])]);
    const item = flat(model.items).find((it) => it.number === '1.2');
    assert.equal(model.meta.contact, 'Plain words');
    assert.equal(model.people.find((p: { handle: string }) => p.handle === 'kim').role, 'Plain words – Plain words');
    const changes = flat(model.items).flatMap((it) => it.attendanceChanges.map((c: { kind: string; note: string | null }) => `${c.kind} ${c.note}`));
    assert.deepEqual(changes, ['arrived Plain words', 'left Plain words', 'returned Plain words']);
    const [motion] = item.motions;
    assert.deepEqual([motion.mover, motion.seconderHandle, motion.text], ['Plain words', 'alam', 'Plain words']);
    const amendments = motion.amendments.map((m: { moverHandle: string | null; seconder: string | null; withdrawn: boolean }) => [m.moverHandle, m.seconder, m.withdrawn]);
    assert.deepEqual(amendments, [['alam', 'Plain words', true], [null, null, false]]);
    assert.deepEqual(item.votes[1].recorded.for.map((n: { name: string }) => n.name).slice(2), ['Plain words (B)']);
    assert.deepEqual([item.reasons, item.alternatives], ['Plain words', 'Plain words']);
  });

  it('the payloads would be live if the renderer did not escape them', () => {
    // The corpus is hostile: inserted raw into a page, most payloads make the checker fail.
    const raw = PAYLOADS.filter((p) => liveContent(`<!DOCTYPE html><html><head></head><body><p title="${p}">${p}</p></body></html>`, { styles: 0 }).length > 0);
    assert.ok(raw.length >= 50, `only ${raw.length} payloads are live raw`);
  });

  it('a hostile .minutesrc.json (risk step names, band names and colours, the risk matrix) stays text too', () => {
    const found: string[] = [];
    const colours = ['red; background: url(javascript:window.__xss=1)', 'expression(alert(1))', '#fff" onmouseover="window.__xss=1', 'rgb(1,2,3)) url(x', 'red'];
    PAYLOADS.forEach((payload, i) => {
      const config = {
        riskMatrix: payload,
        risk: {
          likelihood: { B: payload, C: payload },
          impact: { '2': payload, '3': payload },
          bands: [
            { name: payload, color: colours[i % colours.length], ratings: ['B2'] },
            { name: payload, color: payload, minScore: 0 },
          ],
        },
      };
      const text = '---\ncommittee: Planning\ndate: 2021-06-08\n---\n\n# 1. Item\nRISKS:\n| Risk | Rating |\n|---|---|\n| One | B2 |\n| Two | C3 |\n| Three | 9z |\n';
      for (const p of problems(analyze(text, config), true)) found.push(`payload ${i + 1}: ${p}`);
    });
    assert.deepEqual(found, []);
  });

  PAYLOADS.forEach((payload, i) => {
    it(`payload ${i + 1} in every field at once: ${payload}`, () => {
      assert.deepEqual(problems(analyze(hostileDocument(payload)), true), []);
    });
  });
});
