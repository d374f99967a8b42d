/**
 * `--format sarif`: a SARIF 2.1.0 log for GitHub code scanning and other SARIF
 * viewers. One run; the tool driver lists every rule with its description, its
 * default level and a help link to the rule's page (docs/rules/<id>.md); each
 * result points at its rule by id and index and at its file by a URI relative
 * to the source root (`%SRCROOT%`, the working folder), with a region in
 * 1-based lines and UTF-16 columns (end column exclusive).
 */
import type { Rule } from '../../core/index';
import { DOCS_HOME, ruleDocsUrl } from '../../core/rule-docs';
import type { LintMessage, LintResult } from '../lint-result';
import type { FormatContext, Formatter } from './types';

const LEVEL: Record<LintMessage['severity'], string> = { error: 'error', warning: 'warning', info: 'note' };

export const formatSarif: Formatter = (results, ctx) => {
  const ruleIndex = new Map(ctx.rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((r) =>
    r.messages.map((m) => {
      const result: Record<string, unknown> = {
        ruleId: m.ruleId,
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifactLocation(r.filePath),
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
            },
          },
        ],
      };
      const index = ruleIndex.get(m.ruleId);
      return index === undefined ? result : { ruleId: m.ruleId, ruleIndex: index, ...result };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: driver(ctx) },
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function driver(ctx: FormatContext): Record<string, unknown> {
  return {
    name: 'minutes',
    fullName: 'minutes lint (Minutes language for council meeting minutes)',
    version: ctx.version,
    semanticVersion: ctx.version,
    informationUri: DOCS_HOME,
    rules: ctx.rules.map(descriptor),
  };
}

function descriptor(rule: Rule): Record<string, unknown> {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    helpUri: ruleDocsUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { fixable: rule.fixable },
  };
}

/** A relative path under the source root, or an absolute file URI for files outside it. */
function artifactLocation(filePath: string): Record<string, string> {
  if (filePath.startsWith('/')) return { uri: `file://${encodePath(filePath)}` };
  return { uri: encodePath(filePath), uriBaseId: '%SRCROOT%' };
}

function encodePath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c: string) => c.toUpperCase());
}
