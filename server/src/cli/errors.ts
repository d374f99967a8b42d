/**
 * The one kind of failure the CLI reports as exit code 2: a usage,
 * configuration or IO problem. It carries a one-line message that names the
 * problem (and the file, with line:column where that applies); the entry
 * point prints it as `minutes: <message>` and never a stack trace.
 */

/** Exit codes, public API for CI scripts. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** A problem with the command line, a configuration file or a file on disk. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** The message of anything thrown, on one line. */
export function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

/** A readable description of a Node file-system error code. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return oneLine(err).replace(/^[A-Z]+: /, '');
  }
}
