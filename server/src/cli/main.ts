/**
 * The CLI's top level: parse the arguments, run the command, and turn every
 * failure into an exit code and one line on standard error. A CliError is a
 * usage, configuration or IO problem (exit 2); anything else is a bug, still
 * reported in one line (set MINUTES_DEBUG=1 for the stack).
 */
import { parseArgs } from './args';
import { CliError, EXIT_USAGE, oneLine } from './errors';
import { exportHelp, importHelp, lintHelp, mainHelp, registerHelp } from './help';
import { runLint, type RunContext } from './lint-command';
import { say, writeStdout } from './output';
import type { RegisterCommand } from './register-args';

/** Runs the CLI on arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], ctx: RunContext): Promise<number> {
  try {
    if (argv[0] === 'new') return await runNewCommand(argv.slice(1), ctx);
    if ((argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') && argv[1] === 'new') {
      const { newHelp } = await import('./new-command');
      await writeStdout(newHelp());
      return 0;
    }
    const cmd = parseArgs(argv);
    switch (cmd.command) {
      case 'version':
        await writeStdout(`${ctx.version}\n`);
        return 0;
      case 'help':
        await writeStdout(helpFor(cmd.topic, ctx.version));
        return 0;
      case 'lint':
        return await runLint(cmd, ctx);
      case 'export':
        return await runExportCommand(cmd, ctx);
      case 'import':
        return await runImportCommand(cmd, ctx);
      case 'register':
        return await runRegisterCommand(cmd, ctx);
    }
  } catch (err) {
    if (err instanceof CliError) {
      say(err.message);
      return EXIT_USAGE;
    }
    say(`internal error: ${oneLine(err)}`);
    if (process.env.MINUTES_DEBUG) process.stderr.write(`${(err as Error).stack ?? ''}\n`);
    return EXIT_USAGE;
  }
}

async function runExportCommand(cmd: Extract<ReturnType<typeof parseArgs>, { command: 'export' }>, ctx: RunContext): Promise<number> {
  const { runExport } = await import('./export-command');
  return runExport(cmd, ctx);
}

async function runImportCommand(cmd: Extract<ReturnType<typeof parseArgs>, { command: 'import' }>, ctx: RunContext): Promise<number> {
  const { runImport } = await import('./import-command');
  return runImport(cmd, ctx);
}

function helpFor(topic: Extract<ReturnType<typeof parseArgs>, { command: 'help' }>['topic'], version: string): string {
  if (topic === 'lint') return lintHelp();
  if (topic === 'export') return exportHelp();
  if (topic === 'import') return importHelp();
  return topic === undefined ? mainHelp(version) : registerHelp(topic);
}

async function runRegisterCommand(cmd: RegisterCommand, ctx: RunContext): Promise<number> {
  // Loaded on demand, as export is: `minutes lint` never initialises the series and register code.
  const { runRegister } = await import('./registers-command');
  return runRegister(cmd, ctx);
}

async function runNewCommand(argv: readonly string[], ctx: RunContext): Promise<number> {
  const { newHelp, parseNewArgs, runNew } = await import('./new-command');
  const cmd = parseNewArgs(argv);
  if (cmd === null) {
    await writeStdout(newHelp());
    return 0;
  }
  return runNew(cmd, ctx);
}
