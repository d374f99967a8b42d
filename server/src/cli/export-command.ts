/**
 * `minutes export` (placeholder until the core exporters land).
 */
import type { ExportCommand } from './args';
import { CliError } from './errors';
import type { RunContext } from './lint-command';

export async function runExport(cmd: ExportCommand, _ctx: RunContext): Promise<number> {
  throw new CliError(`export --to ${cmd.to} is not available yet`);
}
