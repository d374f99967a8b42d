/**
 * The v2 documents (test/fixtures/v2/): minutes of a full council, a cabinet,
 * a planning committee, a licensing hearing, an NHS board and a parish
 * council, written with the v2 proceedings as such bodies publish them.
 *
 * - Each good document lints with no warning or error (an info, such as an
 *   overdue action, is allowed; "today" is the meeting's own date, so none
 *   comes from the clock).
 * - Each reads the v2 constructs the way the JSON export names them: a few values per
 *   document, read from the JSON export, so that a wrong golden cannot be
 *   accepted unnoticed.
 * - Its JSON export (exempt items included: the whole record) and its HTML
 *   export (as published, exempt items withheld) match the goldens in
 *   test/golden/v2/ (UPDATE_GOLDEN=1 writes them; read the diff).
 * - Each bad document (test/fixtures/v2/bad/) has one construct written
 *   wrong. Its .expect.json sidecar names the rule, the severity and the
 *   1-based line of the diagnostic it must give, optionally a pattern the
 *   message must match (what to write), other diagnostics it may also give
 *   (`mayAlso`), and the item numbers and resolution ids the rest of the
 *   document must still give.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, exportDocument, type Analysis, type ItemModel } from '../../server/src/core';
import { expectGolden, expectHtmlGolden } from '../helpers/golden';

const DIR = path.join(__dirname, '..', 'fixtures', 'v2');
const read = (file: string): string => fs.readFileSync(file, 'utf8');
const BAD = path.join(DIR, 'bad');
const minutesIn = (dir: string): string[] =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.minutes'))
    .sort()
    .map((f) => path.join(dir, f));
const GOOD = minutesIn(DIR);
const BAD_FILES = minutesIn(BAD);

interface Expectation {
  readonly broken: string;
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info';
  /** 1-based, as a clerk counts lines. */
  readonly line: number;
  /** A pattern (case-insensitive) the message must match. */
  readonly message?: string;
  readonly mayAlso?: readonly { rule: string; line: number }[];
  readonly items: readonly string[];
  readonly resolutions: readonly string[];
}

/** Analyses a document as on its meeting day, so that no finding depends on the clock. */
function analyzeOnTheDay(text: string): Analysis {
  const date = /^date:[ \t]*(\d{4}-\d{2}-\d{2})[ \t]*$/m.exec(text)?.[1];
  return analyze(text, date ? { today: date } : null);
}

function describeDiagnostics(a: Analysis, severities: readonly string[]): string[] {
  return a.diagnostics
    .filter((d) => severities.includes(d.severity))
    .map((d) => {
      const p = a.lines.positionAt(d.start);
      return `${p.line + 1}:${p.character + 1} ${d.severity} ${d.ruleId}: ${d.message}`;
    });
}

/** The JSON export parsed: the v2 model's shape, read without the model's TypeScript types. */
type Json = any;
async function jsonOf(a: Analysis): Promise<Json> {
  return JSON.parse((await exportDocument(a, 'json', { includeExempt: true })).content);
}

function allItems(items: readonly Json[]): Json[] {
  return items.flatMap((it) => [it, ...allItems(it.items ?? [])]);
}
function item(doc: Json, number: string): Json {
  const found = allItems(doc.items).find((it) => it.number === number);
  assert.ok(found, `item ${number} is in the model`);
  return found;
}
const names = (refs: readonly Json[]): string[] => refs.map((r) => r.handle ?? r.name);

/** What each document must read as, beyond "no warnings". */
const READS: Record<string, (doc: Json) => void> = {
  'full-council-motions': (doc) => {
    assert.equal(doc.schema, 'minutes/2');
    assert.deepEqual([doc.meta.closed, doc.meta.executive, doc.meta.contact], ['21:47', false, null]);
    const budget = item(doc, '6');
    assert.equal(budget.present.length, 23, 'Councillor Quayle arrived at the top of item 6');
    assert.deepEqual(budget.attendanceChanges.map((c: Json) => [c.kind, c.name, c.handle, c.note]), [['arrived', 'Councillor Quayle', null, '7.20 pm, before the debate began']]);
    assert.equal(budget.motions.length, 1);
    const [motion] = budget.motions;
    assert.deepEqual([motion.moverHandle, motion.seconderHandle, motion.withdrawn], ['deputy', 'leader', false]);
    assert.equal(motion.mover, 'Councillor Priya Chandran');
    assert.equal(motion.amendments.length, 1);
    assert.deepEqual([motion.amendments[0].moverHandle, motion.amendments[0].seconder, motion.amendments[0].seconderHandle], ['opp', 'Councillor Doyle', null]);
    assert.deepEqual(motion.amendments[0].votes, [0]);
    assert.deepEqual(motion.votes, [1]);
    const [onAmendment, onMotion] = budget.votes;
    assert.deepEqual([onAmendment.on, onAmendment.motion, onAmendment.amendment, onAmendment.outcome], ['amendment', 1, 1, 'lost']);
    assert.deepEqual([onAmendment.for, onAmendment.against, onAmendment.abstain], [8, 14, 1]);
    assert.deepEqual(names(onAmendment.recorded.abstain), ['Councillor Price']);
    assert.deepEqual([onMotion.on, onMotion.motion, onMotion.amendment, onMotion.outcome], ['motion', 1, null, 'carried']);
    assert.deepEqual([onMotion.for, onMotion.against, onMotion.abstain], [15, 6, 2], 'a recorded vote without counts counts its names');
    assert.deepEqual(names(onMotion.recorded.abstain), ['bracewell', 'Councillor Nolan']);
    assert.equal(onMotion.recorded.for.length, 15);
    const withdrawn = item(doc, '8(a)').motions[0];
    assert.deepEqual([withdrawn.moverHandle, withdrawn.seconder, withdrawn.withdrawn, withdrawn.votes], ['bracewell', 'Councillor Nolan', true, []]);
    const climate = item(doc, '8(b)').motions[0];
    assert.deepEqual(
      climate.amendments.map((a: Json) => [a.mover, a.seconder, a.withdrawn, a.votes]),
      [
        ['Councillor Price', null, true, []],
        ['Councillor Daniel Okoro', 'Councillor Jewell', false, [0]],
      ],
    );
    assert.deepEqual(item(doc, '8(b)').votes.map((v: Json) => [v.on, v.motion, v.amendment]), [['amendment', 1, 2], ['motion', 1, null]]);
    assert.equal(item(doc, '9').present.length, 22);
    assert.equal(item(doc, '10').present.length, 21);
    assert.deepEqual(item(doc, '10').attendanceChanges.map((c: Json) => [c.kind, c.handle]), [['left', 'pym']]);
  },
  'cabinet-executive-decisions': (doc) => {
    assert.deepEqual([doc.meta.executive, doc.meta.closed], [true, '19:22']);
    for (const n of ['4', '5', '6', '7']) {
      assert.ok(item(doc, n).resolutions.length, `item ${n} decides`);
      assert.ok(item(doc, n).reasons, `item ${n} gives reasons`);
      assert.ok(item(doc, n).alternatives, `item ${n} gives alternatives`);
    }
    assert.equal(item(doc, '7').alternatives, 'none');
    assert.match(item(doc, '6').alternatives, /To bring the service back in house: rejected/);
    assert.deepEqual([item(doc, '8').reasons, item(doc, '8').alternatives], [null, null]);
    assert.match(doc.declarations[0].text, /dispensation on 21 January 2025/);
  },
  'planning-committee-schedule': (doc) => {
    assert.deepEqual(item(doc, '4').items.map((it: Json) => it.number), ['A1', 'A2', 'B1', 'B2']);
    assert.deepEqual(doc.declarations.map((d: Json) => d.item), ['A2', 'B1']);
    assert.deepEqual(['A1', 'A2', 'B1', 'B2'].map((n) => item(doc, n).present.length), [10, 9, 10, 9]);
    assert.deepEqual(
      ['A1', 'A2', 'B1', 'B2'].map((n) => item(doc, n).attendanceChanges.map((c: Json) => `${c.kind} ${c.handle}`)),
      [['arrived gough'], ['left elwood'], ['returned elwood'], ['left achebe']],
    );
    assert.ok(!names(item(doc, 'A2').present).includes('elwood'));
    const refusal = item(doc, 'A2').votes[0];
    assert.deepEqual([refusal.on, refusal.motion, refusal.outcome], ['motion', 1, 'carried']);
    assert.deepEqual(names(refusal.recorded.for), ['achebe', 'cowley', 'dhar', 'foyle', 'gough']);
    assert.deepEqual(names(refusal.recorded.against), ['chair', 'vchair', 'hussey']);
    assert.deepEqual(item(doc, 'A2').resolutions.map((r: Json) => r.id), ['A2(1)', 'A2(2)']);
    assert.deepEqual(item(doc, 'B1').votes.map((v: Json) => [v.on, v.recorded]), [[null, null]]);
    assert.equal(doc.meta.closed, '20:32');
  },
  'licensing-review-hearing': (doc) => {
    const review = item(doc, '4');
    assert.deepEqual(review.resolutions.map((r: Json) => r.id), ['4(a)', '4(b)', '4(c)', '4(d)']);
    assert.match(review.reasons, /^The Sub-Committee found/);
    assert.match(review.alternatives, /^Under section 52\(4\)/);
    assert.deepEqual(doc.attendance.apologies, []);
    assert.deepEqual([doc.meta.executive, doc.meta.closed], [false, '12:58']);
  },
  'nhs-board-public': (doc) => {
    const role = (h: string) => doc.people.find((p: Json) => p.handle === h)?.role;
    assert.equal(role('gov-kingston'), 'Public Governor – Kingston');
    assert.equal(role('gov-surbiton'), 'Lead Governor – Public Governor – Surbiton');
    assert.equal(role('cfo'), 'Chief Finance Officer – Deputy Chief Executive');
    assert.equal(doc.people.find((p: Json) => p.handle === 'gov-kingston')?.name, 'Mr Derek Ashby');
    assert.equal(doc.meta.contact, '@cos, 020 7946 0311, trust.secretary@hogsmillvalley.nhs.uk');
    assert.deepEqual(item(doc, 'TB/25/034').attendanceChanges.map((c: Json) => [c.kind, c.handle, c.note]), [['arrived', 'ned-prescott', '10.05 am']]);
    assert.equal(item(doc, 'TB/25/034').present.length, 10);
    assert.equal(item(doc, 'TB/25/038').present.length, 9);
    assert.equal(doc.meta.closed, '12:40');
  },
  'parish-council-lists': (doc) => {
    assert.deepEqual(names(doc.attendance.present), ['Cllr Collins (B)', 'Cllr Collins (J)', 'Cllr Hart', 'Cllr Ingram', 'Cllr Penfold']);
    assert.deepEqual(doc.attendance.present.slice(0, 2).map((p: Json) => p.note), ['Chairman', 'Vice-Chairman']);
    assert.equal(doc.declarations[0].person, 'Cllr Collins (J)');
    assert.deepEqual(item(doc, '25/046(a)').resolutions.map((r: Json) => r.id), ['25/046(a)(i)', '25/046(a)(ii)', '25/046(a)(iii)']);
    assert.deepEqual(
      item(doc, '25/047(a)').resolutions.map((r: Json) => r.id),
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((l) => `25/047(a)(${l})`),
    );
    assert.match(item(doc, '25/047(a)').resolutions[8].text, /SLCC/);
    assert.deepEqual(item(doc, '25/048').resolutions.map((r: Json) => r.id), ['25/048(i)', '25/048(ii)']);
    assert.deepEqual(item(doc, '25/046(b)').attendanceChanges.map((c: Json) => [c.kind, c.name, c.note]), [['left', 'Cllr Collins (J)', 'having declared an interest']]);
    assert.equal(item(doc, '25/046(b)').present.length, 4);
    const grant = item(doc, '25/047(c)').motions[0];
    assert.deepEqual([grant.mover, grant.seconder], ['Cllr Collins (B)', 'Cllr Hart']);
    assert.deepEqual([grant.amendments[0].mover, grant.amendments[0].seconder], ['Cllr Penfold', 'Cllr Collins (J)']);
    assert.equal(doc.meta.closed, '21:05');
  },
};

describe('v2 fixtures: six documents written to the brief', () => {
  it('has the six documents and a reading for each', () => {
    assert.deepEqual(GOOD.map((f) => path.basename(f, '.minutes')).sort(), Object.keys(READS).sort());
  });

  for (const file of GOOD) {
    const name = path.basename(file, '.minutes');
    describe(name, () => {
      it('lints with no warnings or errors', () => {
        assert.deepEqual(describeDiagnostics(analyzeOnTheDay(read(file)), ['error', 'warning']), []);
      });

      it('reads its v2 constructs as the JSON export names them', async () => {
        READS[name](await jsonOf(analyzeOnTheDay(read(file))));
      });

      it('JSON export matches its golden', async () => {
        const result = await exportDocument(analyzeOnTheDay(read(file)), 'json', { includeExempt: true });
        expectGolden(`v2/${name}.json`, result.content);
      });

      it('HTML export matches its golden', async () => {
        const result = await exportDocument(analyzeOnTheDay(read(file)), 'html');
        expectHtmlGolden(`v2/${name}.html`, result.content);
      });
    });
  }
});

describe('v2 fixtures: one construct written wrong', () => {
  it('has a sidecar for each bad document', () => {
    assert.ok(BAD_FILES.length >= 9);
    for (const f of BAD_FILES) assert.ok(fs.existsSync(f.replace(/\.minutes$/, '.expect.json')), `${path.basename(f)} has its .expect.json`);
  });

  for (const file of BAD_FILES) {
    const name = path.basename(file, '.minutes');
    const sidecar = file.replace(/\.minutes$/, '.expect.json');
    if (!fs.existsSync(sidecar)) continue;
    const expected = JSON.parse(read(sidecar)) as Expectation;
    it(`${name}: ${expected.rule} on line ${expected.line}, and the rest is read`, () => {
      const a = analyzeOnTheDay(read(file));
      const lineOf = (d: { start: number }) => a.lines.positionAt(d.start).line + 1;
      const all = describeDiagnostics(a, ['error', 'warning', 'info']).join('\n  ');
      const hits = a.diagnostics.filter((d) => d.ruleId === expected.rule && lineOf(d) === expected.line);
      assert.ok(hits.length, `${expected.broken}\nexpected ${expected.rule} on line ${expected.line}; got:\n  ${all || '(nothing)'}`);
      assert.ok(
        hits.some((d) => d.severity === expected.severity),
        `${expected.rule} on line ${expected.line} is a ${expected.severity}; got ${hits.map((d) => d.severity).join(', ')}`,
      );
      if (expected.message) {
        const re = new RegExp(expected.message, 'i');
        assert.ok(hits.some((d) => re.test(d.message)), `the message says what to write (/${expected.message}/i); got: ${hits.map((d) => d.message).join(' | ')}`);
      }
      const allowed = [{ rule: expected.rule, line: expected.line }, ...(expected.mayAlso ?? [])];
      const others = a.diagnostics.filter((d) => d.severity !== 'info' && !allowed.some((x) => x.rule === d.ruleId && x.line === lineOf(d)));
      assert.deepEqual(
        others.map((d) => `${lineOf(d)} ${d.ruleId}: ${d.message}`),
        [],
        'nothing else in the document is reported',
      );
      assert.deepEqual(
        a.model.items.map((it) => it.number),
        expected.items,
        'every item is read, the ones after the broken line too',
      );
      const flat = (items: readonly ItemModel[]): ItemModel[] => items.flatMap((it) => [it, ...flat(it.items)]);
      assert.deepEqual(
        flat(a.model.items).flatMap((it) => it.resolutions.map((r) => r.id)),
        expected.resolutions,
      );
    });
  }
});
