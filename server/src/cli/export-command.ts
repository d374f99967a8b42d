/**
 * `minutes export FILE --to html|md|json|docx|pdf [-o OUT]`: analyse one file
 * with its configuration and render it with the core's exportDocument (PDF:
 * the HTML export printed by an installed Chromium, server/src/pdf.ts). Text
 * formats go to standard output without `-o`; Word and PDF need `-o`. The
 * output is written atomically and is never the source file itself. Exempt
 * items are withheld unless `--include-exempt` is given.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../core/index';
import { loadExports } from '../load-exports';
import type { ExportCommand } from './args';
import { ConfigResolver } from './config-files';
import { CliError, EXIT_OK, oneLine } from './errors';
import { displayPath } from './files';
import type { RunContext } from './lint-command';
import { say, writeOutputFile, writeStdout } from './output';
import { readSource } from './read-source';

const BINARY = new Set(['docx', 'pdf']);

/** Runs `minutes export` and returns the exit code. Throws CliError on usage, configuration and IO problems. */
export async function runExport(cmd: ExportCommand, ctx: RunContext): Promise<number> {
  const abs = path.resolve(ctx.cwd, cmd.file);
  const shown = displayPath(abs, ctx.cwd);
  if (BINARY.has(cmd.to) && cmd.output === undefined) {
    throw new CliError(`--to ${cmd.to} makes a binary file: name it with -o FILE (e.g. -o ${path.basename(shown).replace(/\.[^.]*$/, '')}.${cmd.to})`);
  }
  if (cmd.output !== undefined && sameFile(abs, path.resolve(ctx.cwd, cmd.output))) {
    throw new CliError(`-o ${cmd.output}: refusing to overwrite the source file ${shown}`);
  }
  const source = readSource(abs, shown);
  const config = new ConfigResolver(ctx.cwd, cmd.config, []).forFile(abs);
  const analysis = analyze(source.text, config);
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  const content = await render(cmd, analysis);
  if (cmd.output !== undefined) writeOutputFile(ctx.cwd, cmd.output, content);
  else await writeStdout(content);
  if (errors > 0) say(`${shown} has ${errors} error${errors === 1 ? '' : 's'} (see minutes lint ${shown}); exported as written`);
  return EXIT_OK;
}

async function render(cmd: ExportCommand, analysis: ReturnType<typeof analyze>): Promise<string | Uint8Array> {
  const options = { includeExempt: cmd.includeExempt };
  // Loaded here, not at start-up (load-exports.ts): `minutes lint` never needs the docx library.
  const { exportDocument, htmlToPdf } = await loadExports();
  if (cmd.to !== 'pdf') {
    const result = await exportDocument(analysis, cmd.to, options);
    return result.bytes ?? result.content;
  }
  const html = (await exportDocument(analysis, 'html', options)).content;
  try {
    return await htmlToPdf(html, { chromiumPath: cmd.chromium });
  } catch (err) {
    const message = oneLine(err);
    throw new CliError((err as Error).name === 'ChromiumNotFoundError' ? message : `PDF export failed: ${message}`);
  }
}

/** True when two paths are the same file (also through links), or both name one path. */
function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
