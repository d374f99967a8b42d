/**
 * Reading the roll: attendance lists (PRESENT, APOLOGIES, ABSENT, IN
 * ATTENDANCE), PEOPLE declarations and DECLARATIONS entries. Each reader
 * turns already-grouped line pieces into tree nodes with spans; a line that
 * does not have the shape its keyword asks for becomes a syntax problem
 * rather than being dropped.
 */
import type { AttendanceEntryNode, BodyBlock, DeclarationEntryNode, PersonDeclNode, SyntaxProblem, TextPiece } from './ast';
import { NOBODY } from '../vocabulary';
import { actionSeparatorPattern } from '../vocabulary';
import { joinPieces, trimmedPiece } from './lines';
import { INITIALS_BRACKET_SOURCE, INITIALS_SOURCE, splitNameNote } from './names';

/**
 * Attendance entries: comma-separated at bracket depth 0, each `@handle` or a
 * name, then an optional `(note)`. A list that says there was nobody
 * (`APOLOGIES: None`, `ABSENT: nil.`) has no entries: read as a name, "None"
 * became a person in the model, and two such lists were reported as the same
 * person listed twice. The words for nobody are the vocabulary's.
 */
export function readAttendance(lines: (TextPiece | null)[]): AttendanceEntryNode[] {
  const out = attendanceEntries(lines);
  return out.length === 1 && !out[0].note && NOBODY.test(out[0].name.text) ? [] : out;
}

function attendanceEntries(lines: (TextPiece | null)[]): AttendanceEntryNode[] {
  const out: AttendanceEntryNode[] = [];
  for (const line of lines) {
    if (!line) continue;
    let depth = 0;
    let from = 0;
    const text = line.text;
    for (let i = 0; i <= text.length; i++) {
      const c = text[i];
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
      if (i === text.length || (c === ',' && depth === 0)) {
        const part = trimmedPiece(text.slice(from, i), line.span.start + from);
        if (part.text) out.push(attendanceEntry(part));
        from = i + 1;
      }
    }
  }
  return out;
}

/** One entry: `@handle` or a name (initials in brackets included, names.ts), then an optional `(note)`. */
function attendanceEntry(part: TextPiece): AttendanceEntryNode {
  const { name, note } = splitNameNote(part);
  const h = /^@([a-z0-9][a-z0-9-]*)$/.exec(name.text);
  const handle = h ? { text: h[1], span: { start: name.span.start + 1, end: name.span.end } } : null;
  return { handle, name, note, span: part.span };
}

const PERSON = /^@([a-z0-9][a-z0-9-]*)(?:[ \t]+(.*))?$/;

/** The dashes that part a PEOPLE line's name from its role: the ACTION separators, as v1 read them. */
const ROLE_DASH = actionSeparatorPattern();

/**
 * PEOPLE lines: `@handle  Display Name — Role`. Only the first dash parts
 * the name from the role; a later one belongs to the role as written
 * (`Public Governor – Kingston`), where joining the parts on a space lost it.
 */
export function readPeople(body: readonly BodyBlock[], problems: SyntaxProblem[]): PersonDeclNode[] {
  const out: PersonDeclNode[] = [];
  for (const line of bodyPieces(body)) {
    const m = PERSON.exec(line.text);
    if (!m) {
      problems.push({ message: 'A PEOPLE line starts with an @handle (lower-case letters, digits and hyphens), then the name.', span: line.span });
      continue;
    }
    const handle = { text: m[1], span: { start: line.span.start, end: line.span.start + 1 + m[1].length } };
    const after = trimmedPiece(line.text.slice(1 + m[1].length), line.span.start + 1 + m[1].length);
    ROLE_DASH.lastIndex = 0;
    const dash = ROLE_DASH.exec(after.text);
    const name = dash ? trimmedPiece(after.text.slice(0, dash.index), after.span.start) : after;
    const rest = dash ? trimmedPiece(after.text.slice(dash.index + dash[0].length), after.span.start + dash.index + dash[0].length) : null;
    const role = rest?.text ? rest : null;
    out.push({ handle, name, role, span: line.span });
  }
  return out;
}

/** Every line of paragraphs and list entries in a body, in order. */
function bodyPieces(body: readonly BodyBlock[]): TextPiece[] {
  const out: TextPiece[] = [];
  for (const b of body) {
    if (b.kind === 'paragraph') for (const v of b.lines) out.push(v);
    else if (b.kind === 'list') for (const e of b.entries) for (const v of e.lines) out.push(v);
  }
  return out;
}

/**
 * `@person (item 3):` or `Name (item 3):`. A plain name ends on a character
 * that is not white space, and the white space after `item` is taken whole
 * (the lookaheads), as is the white space after the name, so that no run of
 * white space can be split two ways: with either choice open, a long run
 * made matching quadratic. A bracket of initials (`Collins (J)`) is part of
 * the name, never the item; `item` is matched in any case by its letters, so
 * that the initials stay capitals (the pattern has no `i` flag).
 */
const INITIALS = INITIALS_BRACKET_SOURCE;
const DECLARATION = new RegExp(
  `^(@[a-zA-Z0-9][a-zA-Z0-9-]*|(?:[^(:]|${INITIALS})*?(?:[^(: \\t]|${INITIALS}))[ \\t]*(?![ \\t])` +
    `(?:\\((?!${INITIALS_SOURCE}\\))(?:[Ii][Tt][Ee][Mm][ \\t]+(?![ \\t]))?((?:[^()]|\\([^()]*\\))*)\\))?[ \\t]*:[ \\t]*`,
);

/** DECLARATIONS entries: `- @person (item 3): text`. */
export function readDeclarations(body: readonly BodyBlock[], problems: SyntaxProblem[]): DeclarationEntryNode[] {
  const out: DeclarationEntryNode[] = [];
  for (const b of body) {
    if (b.kind !== 'list') continue;
    for (const e of b.entries) {
      const first = e.lines[0];
      const m = first ? DECLARATION.exec(first.text) : null;
      if (!first || !m) {
        problems.push({ message: 'A declaration reads `- @person (item 3): the interest`.', span: e.span });
        continue;
      }
      const s = first.span.start;
      const person = { text: m[1], span: { start: s, end: s + m[1].length } };
      let item: TextPiece | null = null;
      if (m[2] !== undefined) {
        const at = first.text.indexOf(m[2], m[1].length);
        item = trimmedPiece(m[2], s + at);
      }
      const firstText = trimmedPiece(first.text.slice(m[0].length), s + m[0].length);
      const text = joinPieces([firstText, ...e.lines.slice(1)]) ?? firstText;
      out.push({ person, item, text, span: e.span });
    }
  }
  return out;
}
