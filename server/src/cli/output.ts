/**
 * Where output goes: standard output (ignoring a closed pipe, as when piped
 * into `head`) or a file given with `-o`, written atomically. Also the one
 * place that decides on colour: only when writing to a terminal, and never
 * when NO_COLOR is set to anything non-empty or TERM is "dumb".
 */
import * as path from 'node:path';
import { atomicWrite } from './safe-write';

/** Whether stylish output to standard output may use ANSI colour. */
export function useColour(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/** Writes text to standard output and resolves once it is flushed. */
export function writeStdout(text: string | Uint8Array): Promise<void> {
  if (text.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    process.stdout.write(text, () => resolve());
  });
}

/** Writes a report or export to `-o FILE` (relative to cwd), atomically. */
export function writeOutputFile(cwd: string, file: string, content: string | Uint8Array): void {
  atomicWrite(path.resolve(cwd, file), content, undefined, file);
}

/** A one-line message on standard error, prefixed with the program name. */
export function say(message: string): void {
  process.stderr.write(`minutes: ${message}\n`);
}

/** Makes a closed standard output (EPIPE) end the program quietly instead of throwing. */
export function quietOnClosedPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
