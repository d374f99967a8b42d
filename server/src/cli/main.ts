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
import { isRegisterCommand, parseRegisterArgs, type RegisterKind } from './register-args';

/** Runs the CLI on arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], ctx: RunContext): Promise<number> {
  try {
    // The register commands (minutes actions, decisions, attendance) parse their own flags (register-args.ts).
    if (isRegisterCommand(argv[0])) return await runRegisterCommand(argv[0], argv.slice(1), ctx);
    if (argv[0] === 'new') return await runNewCommand(argv.slice(1), ctx);
    if ((argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') && argv[1] === 'new') {
      const { newHelp } = await import('./new-command');
      await writeStdout(newHelp());
      return 0;
    }
    if ((argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') && isRegisterCommand(argv[1])) {
      await writeStdout(registerHelp(argv[1]));
      return 0;
    }
    const cmd = parseArgs(argv);
    switch (cmd.command) {
      case 'version':
        await writeStdout(`${ctx.version}\n`);
        return 0;
      case 'help':
        await writeStdout(cmd.topic === 'lint' ? lintHelp() : cmd.topic === 'export' ? exportHelp() : cmd.topic === 'import' ? importHelp() : mainHelp(ctx.version));
        return 0;
      case 'lint':
        return await runLint(cmd, ctx);
      case 'export':
        return await runExportCommand(cmd, ctx);
      case 'import':
        return await runImportCommand(cmd, ctx);
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

async function runRegisterCommand(register: RegisterKind, argv: readonly string[], ctx: RunContext): Promise<number> {
  const cmd = parseRegisterArgs(register, argv);
  if (cmd.command === 'register-help') {
    await writeStdout(registerHelp(register));
    return 0;
  }
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
