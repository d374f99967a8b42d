/**
 * `minutes import FILE... [-o OUT | --out-dir DIR] [--from text|html|docx]
 * [--committee NAME] [--date YYYY-MM-DD] [--authority NAME] [--report FILE]`:
 * read each file, import it with the core (core/import, loaded lazily
 * through load-import.ts), and write the result. One file without `-o`
 * goes to standard output. Every file is imported before anything is
 * written, so a bad input among several writes nothing; an existing file is
 * never overwritten (safe-write.ts's writeNewFile). A one-line summary per
 * file goes to standard error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadImporter } from '../load-import';
import type { ImportCommand } from './args';
import { CliError, EXIT_OK, describeFsError, oneLine } from './errors';
import { displayPath } from './files';
import type { RunContext } from './lint-command';
import { say, writeStdout } from './output';
import { writeNewFile } from './safe-write';

type Imported = { file: string; shown: string; target: string | null; text: string; report: object };

/** Runs `minutes import` and returns the exit code. Throws CliError on usage, file and input problems. */
export async function runImport(cmd: ImportCommand, ctx: RunContext): Promise<number> {
  const importer = await loadImporter();
  const targets = cmd.files.map((f) => targetOf(cmd, ctx, f));
  const outputs = [...targets, cmd.report ? path.resolve(ctx.cwd, cmd.report) : null].filter((t): t is string => t !== null);
  for (const t of outputs) if (fs.existsSync(t)) throw new CliError(`${displayPath(t, ctx.cwd)}: already exists; refusing to overwrite it`);
  const twice = outputs.find((t, i) => outputs.indexOf(t) !== i);
  if (twice !== undefined) throw new CliError(`${displayPath(twice, ctx.cwd)}: two results (or a result and the report) would be written to this one file; name different files`);
  if (cmd.outDir !== undefined) checkFolder(path.resolve(ctx.cwd, cmd.outDir), cmd.outDir);
  const done: Imported[] = [];
  const failures: string[] = [];
  for (const [i, file] of cmd.files.entries()) {
    const abs = path.resolve(ctx.cwd, file);
    const shown = displayPath(abs, ctx.cwd);
    // Standard input is not read: a Word document's bytes and the file's name for the report need a real file.
    if (file === '-') throw new CliError('-: import reads files, not standard input; save the input to a file and name it');
    if (targets[i] !== null && sameFile(abs, targets[i]!)) throw new CliError(`${shown}: refusing to write the result over its source`);
    try {
      const bytes = readInput(abs, shown, importer.MAX_IMPORT_BYTES);
      const { text, report } = await importer.importMinutes(bytes, cmd);
      done.push({ file, shown, target: targets[i], text, report: { file: shown, output: targets[i] && displayPath(targets[i]!, ctx.cwd), ...report } });
      say(`${shown}: ${importer.summaryLine(report)}`);
    } catch (err) {
      if (err instanceof CliError) failures.push(err.message);
      else if ((err as Error).name === 'ImportError') failures.push(`${shown}: cannot import: ${oneLine(err)}`);
      else throw err;
    }
  }
  if (failures.length) {
    for (const f of failures.slice(0, -1)) say(f);
    throw new CliError(`${failures[failures.length - 1]}${done.length ? ' (nothing was written)' : ''}`);
  }
  for (const d of done) {
    if (d.target) writeNewFile(d.target, d.text, displayPath(d.target, ctx.cwd));
    else await writeStdout(d.text);
  }
  if (cmd.report) {
    const json = done.length === 1 ? done[0].report : { schema: 'minutes-import/1', imports: done.map((d) => d.report) };
    writeNewFile(path.resolve(ctx.cwd, cmd.report), `${JSON.stringify(json, null, 2)}\n`, cmd.report);
  }
  return EXIT_OK;
}

/** Where a file's result goes: `-o`, DIR/NAME.minutes, or standard output (null). */
function targetOf(cmd: ImportCommand, ctx: RunContext, file: string): string | null {
  if (cmd.output !== undefined) return path.resolve(ctx.cwd, cmd.output);
  if (cmd.outDir === undefined) return null;
  const base = path.basename(file).replace(/\.[^.]*$/, '') || path.basename(file);
  return path.resolve(ctx.cwd, cmd.outDir, `${base}.minutes`);
}

/** Reads an input, refusing a folder or a file too large to be minutes before reading it. */
function readInput(abs: string, shown: string, max: number): Uint8Array {
  let size: number;
  try {
    const stat = fs.statSync(abs);
    if (stat.isDirectory()) throw new CliError(`${shown}: is a folder; name the files to import`);
    size = stat.size;
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`${shown}: cannot read the file: ${describeFsError(err)}`);
  }
  if (size > max) throw new CliError(`${shown}: cannot import: the file is ${(size / 1048576).toFixed(0)} MB; minutes are at most ${max / 1048576} MB (is it a scan or an archive?)`);
  try {
    return fs.readFileSync(abs);
  } catch (err) {
    throw new CliError(`${shown}: cannot read the file: ${describeFsError(err)}`);
  }
}

function checkFolder(abs: string, shown: string): void {
  try {
    if (!fs.statSync(abs).isDirectory()) throw new CliError(`--out-dir ${shown}: is not a folder`);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`--out-dir ${shown}: ${describeFsError(err)}`);
  }
}

function sameFile(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

