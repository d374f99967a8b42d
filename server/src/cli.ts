/**
 * The `minutes` command (out/cli.js): a thin entry that hands the arguments
 * to cli/main.ts and sets the exit code, or, when started as a worker thread
 * by a large lint run, serves lint jobs. Everything else is under cli/.
 */
import { version } from '../../package.json';
import { main } from './cli/main';
import { quietOnClosedPipe } from './cli/output';
import { isLintWorker, runLintWorker } from './cli/parallel';

if (isLintWorker()) {
  runLintWorker();
} else {
  quietOnClosedPipe();
  void main(process.argv.slice(2), { cwd: process.cwd(), script: __filename, version }).then((code) => {
    process.exitCode = code;
  });
}
