/**
 * `--format github`: GitHub Actions workflow commands, one line per problem,
 * which the runner turns into annotations on the pull request:
 * `::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE`.
 * Warnings become `::warning` and infos `::notice`. Values are escaped the way
 * the runner unescapes them (`%`, CR, LF, and in properties also `:` and `,`).
 */
import type { LintMessage } from '../lint-result';
import type { Formatter } from './types';

const COMMAND: Record<LintMessage['severity'], string> = { error: 'error', warning: 'warning', info: 'notice' };

export const formatGithub: Formatter = (results) => {
  const lines: string[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      const props = [
        `file=${escapeProperty(r.filePath)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId)}`,
      ].join(',');
      lines.push(`::${COMMAND[m.severity]} ${props}::${escapeData(m.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
