/**
 * header-invalid (error)
 *
 * A header value that is present but wrong (docs/language.md#the-header):
 * - `date` or `approved-on` that is not a real `YYYY-MM-DD` date
 *   (2022-02-30 is checked against the calendar, never rolled over);
 * - `time` that is not `HH:MM` or `HH:MM-HH:MM` on the 24-hour clock, or
 *   whose end is not after its start;
 * - `status` other than `draft` or `approved`, and `approved` without
 *   `approved-on`;
 * - `approved-on` before the meeting's `date`;
 * - `quorum` that is not a positive whole number;
 * - `type` other than `minutes` or `report`, `executive` other than `yes` or `no`;
 * - `risk-matrix` that is not a likelihood range x impact range such as
 *   `A-F x 1-4` or `1-5 x 1-5`.
 * - a key given twice: the model keeps the last, so the earlier line is
 *   reported where a clerk would otherwise believe it counts.
 * - the `CLOSED:` line after the last item (docs/language.md#the-end-of-the-meeting),
 *   which the model keeps as the meeting's closing time: a time that is not
 *   `HH:MM` on the 24-hour clock, one at or before the header's start time,
 *   one that disagrees with the header's end time where `time` gives one,
 *   a second CLOSED line, and one above a later item heading. Reported on the CLOSED line; a time written
 *   the way minutes print it (`4.25 pm`, `16.25`, `4:25pm`) has a fix that
 *   writes `16:25`.
 * Each header problem is reported on the value (or on the key when the value is
 * empty). An empty `date` is header-missing's to report. A value that is
 * right but for its capitals (`status: Draft`) has a fix that lowers them,
 * and a time range written with spaces or an en or em dash (`18:30 – 21:10`,
 * as Word types it) has a fix that writes `18:30-21:10`.
 *
 * Bad:  `date: 2021-02-30`, `time: 19:00-18:30`, `status: approved` with no `approved-on`
 * Good: `date: 2021-03-02`, `time: 18:30-21:10`, `status: approved` / `approved-on: 2021-12-14`
 */
import { daysInMonth, isIsoShaped, isRealDate, parseClock } from '../../model/dates';
import { parseRiskMatrix } from '../../model/risk-matrix';
import type { HeaderEntry } from '../../syntax/ast';
import { flattenItems, keywordBlocks } from '../../syntax/walk';
import { closedHeaderValues } from '../../vocabulary';
import type { Rule, RuleContext } from '../rule';

type Check = (value: string, entries: ReadonlyMap<string, HeaderEntry>) => string | null;

const CHECKS: Readonly<Record<string, Check>> = {
  date: (v) => dateProblem('date', v),
  'approved-on': (v, all) => {
    const bad = dateProblem('approved-on', v);
    if (bad) return bad;
    const date = all.get('date')?.value.text ?? '';
    return isRealDate(date) && v < date ? `Approved on ${v}, before the meeting of ${date}: approval comes at or after the meeting.` : null;
  },
  time: (v) => timeProblem(v),
  status: (v, all) => {
    if (!allowed('status').includes(v)) return notOneOf('status', v);
    return v === 'approved' && !all.get('approved-on')?.value.text ? 'Approved minutes need `approved-on`: the date of the meeting that approved them (`approved-on: YYYY-MM-DD`).' : null;
  },
  quorum: (v) => (/^[1-9]\d*$/.test(v) ? null : `\`quorum\` is the number of members needed, a whole number such as 5, not \`${v}\`.`),
  type: (v) => (allowed('type').includes(v) ? null : notOneOf('type', v)),
  // The model reads `yes` (and `true`, any case) as an executive and anything else as not one, so a
  // typo such as `executive: yse` would silently turn decision-record off: say so.
  executive: (v) => {
    if (allowed('executive').includes(v)) return null;
    return `${notOneOf('executive', v)} ${/^(yes|true)$/i.test(v.trim()) ? 'It is read as `yes`.' : 'Until then the meeting is not read as an executive\'s, so its decisions are not asked for reasons and alternatives.'}`;
  },
  'risk-matrix': (v) =>
    parseRiskMatrix(v) ? null : `\`${v}\` is not a risk matrix: write likelihood range x impact range, such as \`A-F x 1-4\`, \`A-E x 1-5\` or \`1-5 x 1-5\`.`,
};

export const rule: Rule = {
  id: 'header-invalid',
  defaultSeverity: 'error',
  description: 'A header value is wrong: a date that does not exist, a bad time, status, quorum, type or risk matrix, approval without a valid date, or a CLOSED time that is not HH:MM or disagrees with the header\'s time.',
  fixable: true,
  check(ctx) {
    const entries = new Map<string, HeaderEntry>();
    for (const e of ctx.ast.header?.entries ?? []) entries.set(e.key.text.toLowerCase(), e);
    for (const e of ctx.ast.header?.entries ?? []) {
      const key = e.key.text.toLowerCase();
      const last = entries.get(key)!;
      if (last !== e) {
        ctx.report({
          span: e.key.span,
          message: `\`${key}\` is given twice; the later line (\`${last.value.text}\`) is the one that counts. Remove one of them.`,
          related: [{ message: 'the line that counts', span: last.span }],
        });
        continue;
      }
      const check = Object.hasOwn(CHECKS, key) ? CHECKS[key] : undefined;
      if (!check) continue;
      if (!e.value.text) {
        if (key !== 'date') ctx.report({ span: e.key.span, message: `\`${key}\` has no value: write one after the colon or remove the line.` });
        continue;
      }
      const message = check(e.value.text, entries);
      if (!message) continue;
      const better = key === 'time' ? plainTimeRange(e.value.text) : e.value.text.toLowerCase();
      const fixable = better !== e.value.text && check(better, entries) === null;
      ctx.report({ span: e.value.span, message, fix: fixable ? { title: `Change to \`${better}\``, edits: [{ ...e.value.span, newText: better }] } : undefined });
    }
    checkClosed(ctx, entries.get('time')?.value.text ?? '');
  },
};

/**
 * The CLOSED line: a real time, after the start, equal to the end where the
 * header gives one. Only a `time` header that is itself right is compared
 * (a wrong one is reported above).
 */
function checkClosed(ctx: RuleContext, time: string): void {
  const lines = keywordBlocks(ctx.ast, 'CLOSED');
  const header = timeProblem(time) === null ? /^(\d{2}:\d{2})(?:-(\d{2}:\d{2}))?$/.exec(time) : null;
  // The close is read wherever the line stands, so one written above a later
  // item would print at the end as if that item had not been taken: say where it goes.
  const items = flattenItems(ctx.ast.items);
  const last = items.length ? items[items.length - 1] : null;
  lines.forEach((b, i) => {
    if (last && b.span.start < last.headingSpan.start) {
      const name = last.number ? `item ${last.number.text.replace(/\.$/, '')}` : `"${last.title.text}"`;
      ctx.report({
        span: b.keywordText.span,
        message: `\`CLOSED:\` comes before ${name}, but it is the end of the meeting: move this line below the last item, or remove it if the meeting went on.`,
      });
    }
    if (i > 0) {
      ctx.report({
        span: b.keywordText.span,
        message: 'The meeting closes once: keep one `CLOSED:` line, after the last item, and remove this one.',
        related: [{ message: 'the first CLOSED line', span: lines[0].keywordText.span }],
      });
      return;
    }
    const value = b.inline?.text.trim() ?? '';
    if (!value) {
      ctx.report({ span: b.keywordText.span, message: '`CLOSED:` has no time: write the time the meeting ended, `CLOSED: 16:25` (HH:MM, 24-hour clock).' });
      return;
    }
    const span = b.inline!.span;
    const at = parseClock(value);
    if (at === null) {
      const better = clockOf(value);
      ctx.report({
        span,
        message: better
          ? `Write the closing time as \`${better}\`: \`CLOSED:\` takes HH:MM on the 24-hour clock.`
          : `\`CLOSED:\` is the time the meeting ended as HH:MM on the 24-hour clock, such as 16:25, not \`${value}\`.`,
        fix: better ? { title: `Change to \`${better}\``, edits: [{ ...span, newText: better }] } : undefined,
      });
      return;
    }
    if (!header) return;
    if (at <= parseClock(header[1])!)
      ctx.report({ span, message: `The meeting closed at ${value}, not after it started (${header[1]}, the header's \`time\`): correct the closing time or the start time.` });
    else if (header[2] && at !== parseClock(header[2]))
      ctx.report({
        span,
        message: `The meeting closed at ${value}, but the header's \`time\` says it ended at ${header[2]}: make the two agree (\`time: ${header[1]}-${value}\`, or \`CLOSED: ${header[2]}\`).`,
      });
  });
}

/**
 * A time as minutes print it, as `HH:MM`: `4.25 pm`, `4:25pm`, `16.25`
 * (a dot or a colon, an optional am or pm). Null when it is not certainly
 * a time of day: `25:00`, `13.10 pm`, `9.05` (morning or evening?), words.
 */
function clockOf(v: string): string | null {
  const m = /^(\d{1,2})[.:](\d{2})[ \t]*(?:([ap])\.?m\.?)?$/i.exec(v);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const half = m[3]?.toLowerCase();
  // Without am or pm only a two-digit hour is certain: `9.05` may be morning or evening.
  if (min > 59 || h > 23 || (half ? h < 1 || h > 12 : m[1].length < 2)) return null;
  if (half === 'p' && h < 12) h += 12;
  if (half === 'a' && h === 12) h = 0;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** The only values a key allows, from the vocabulary. */
function allowed(key: string): readonly string[] {
  return closedHeaderValues(key) ?? [];
}

/** `status` is `draft` or `approved`, not `final`. */
function notOneOf(key: string, v: string): string {
  const values = allowed(key).map((x) => `\`${x}\``);
  return `\`${key}\` is ${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}, not \`${v}\`.`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dateProblem(key: string, v: string): string | null {
  if (isRealDate(v)) return null;
  if (!isIsoShaped(v)) return `\`${key}\` is a date written YYYY-MM-DD, such as 2021-06-08, not \`${v}\`.`;
  const [y, mo, d] = v.split('-').map(Number);
  if (mo < 1 || mo > 12) return `${v} is not a real date: there is no month ${mo}.`;
  if (d < 1) return `${v} is not a real date: days start at 01.`;
  return `${v} is not a real date: ${MONTHS[mo - 1]} ${y} has ${daysInMonth(y, mo)} days.`;
}

/**
 * `18:30 – 21:10` written `18:30-21:10`: the dash between the two times
 * (hyphen, en or em dash) with the white space around it. Only the dash
 * after the first time is looked at, so the match cannot rescan a run.
 */
function plainTimeRange(v: string): string {
  return v.replace(/^(\d{2}:\d{2})[ \t]*[-–—][ \t]*(?=\d)/, '$1-');
}

function timeProblem(v: string): string | null {
  const m = /^(\d{2}:\d{2})(?:-(\d{2}:\d{2}))?$/.exec(v);
  const start = m ? parseClock(m[1]) : null;
  const end = m?.[2] ? parseClock(m[2]) : null;
  if (!m || start === null || (m[2] && end === null)) {
    const plain = plainTimeRange(v);
    if (plain !== v && timeProblem(plain) === null) return `Write the time range as \`${plain}\`: a hyphen between the two times, with no spaces.`;
    return `\`time\` is \`HH:MM\` or \`HH:MM-HH:MM\` on the 24-hour clock, such as 18:30-21:10, not \`${v}\`.`;
  }
  if (end !== null && end <= start) return `The meeting ends (${m[2]}) before it starts (${m[1]}): the end time comes after the start.`;
  return null;
}
