/**
 * VS Code's own TextMate engine (vscode-textmate and the Oniguruma wasm) over
 * the project's grammar, for the grammar's tests: load it once in a mocha
 * `before` (`loadMinutesGrammar`), tokenize a document line by line carrying
 * the rule stack as the editor does, and assert the scopes of a piece of it.
 * No editor runs.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as tm from 'vscode-textmate';
import { ROOT } from './root';

const GRAMMAR = path.join(ROOT, 'syntaxes/minutes.tmLanguage.json');

export interface Token { line: number; text: string; scopes: string[] }

let grammar: tm.IGrammar;

let loading: Promise<tm.IGrammar> | undefined;

/** Loads the grammar (once, however many test files ask); call it from a mocha `before`. */
export async function loadMinutesGrammar(): Promise<void> {
  loading ??= load();
  grammar = await loading;
}

async function load(): Promise<tm.IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'source.minutes' ? tm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null,
  });
  const loaded = await registry.loadGrammar('source.minutes');
  assert.ok(loaded, 'grammar source.minutes loads');
  return loaded;
}

/** Tokenizes a whole document, line by line, carrying the rule stack as VS Code does. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let stack = tm.INITIAL;
  text.split(/\r?\n/).forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, stack);
    for (const t of result.tokens) {
      tokens.push({ line, text: lineText.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    }
    stack = result.ruleStack;
  });
  return tokens;
}

/**
 * The scopes of `needle`, the `nth` occurrence in the document (0-based).
 * Every token that `needle` spans must carry a scope; the intersection is returned.
 */
export function scopesOf(doc: string, needle: string, nth = 0): string[] {
  const lines = doc.split(/\r?\n/);
  let seen = 0;
  for (let line = 0; line < lines.length; line++) {
    let from = 0;
    for (;;) {
      const at = lines[line].indexOf(needle, from);
      if (at < 0) break;
      if (seen++ === nth) return scopesAt(tokenize(doc), line, at, at + needle.length);
      from = at + 1;
    }
  }
  throw new Error(`"${needle}" (occurrence ${nth}) not in the document`);
}

function scopesAt(tokens: Token[], line: number, start: number, end: number): string[] {
  let col = 0;
  let common: string[] | undefined;
  for (const t of tokens.filter((x) => x.line === line)) {
    const tEnd = col + t.text.length;
    if (tEnd > start && col < end) common = common ? common.filter((s) => t.scopes.includes(s)) : [...t.scopes];
    col = tEnd;
  }
  return common ?? [];
}

/** Asserts that `needle` in `doc` carries `scope` (and, when given, not `absent`). */
export function check(doc: string, needle: string, scope: string, nth = 0): void {
  const scopes = scopesOf(doc, needle, nth);
  assert.ok(scopes.includes(scope), `"${needle}" should have ${scope}; has ${scopes.join(' ')}`);
}

export function checkNot(doc: string, needle: string, scopePrefix: string, nth = 0): void {
  const scopes = scopesOf(doc, needle, nth);
  assert.ok(!scopes.some((s) => s.startsWith(scopePrefix)), `"${needle}" should not have ${scopePrefix}*; has ${scopes.join(' ')}`);
}

