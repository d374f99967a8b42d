/**
 * The open documents and their analyses. Text arrives by incremental sync
 * (TextDocuments applies the edits); the Analysis of a document is computed
 * at most once per (uri, version, settings generation) and shared by every
 * handler, the diagnostics and the custom requests. Nothing else in the
 * server calls analyze() on an open document.
 */
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from '../core/index';
import type { FileSource } from './file-source';
import type { SettingsStore, ServerSettings } from './settings';

/** A document's analysis with the version it belongs to. */
export interface AnalysedDocument {
  readonly uri: string;
  readonly version: number;
  readonly analysis: Analysis;
  readonly settings: ServerSettings;
  /** Bumped when the settings change, so a result id can tell two analyses of one version apart. */
  readonly generation: number;
}

export class DocumentStore {
  readonly documents = new TextDocuments(TextDocument);
  private readonly cache = new Map<string, AnalysedDocument>();
  private generation = 0;

  constructor(
    private readonly settings: SettingsStore,
    private readonly files: FileSource,
  ) {
    this.documents.onDidClose((e) => this.cache.delete(e.document.uri));
  }

  listen(connection: Connection): void {
    this.documents.listen(connection);
  }

  /** The open document, or undefined. */
  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  /** Every open document. */
  all(): TextDocument[] {
    return this.documents.all();
  }

  /** The analysis of the document's current version, computed on first use; undefined when it is not open. */
  async analysis(uri: string): Promise<AnalysedDocument | undefined> {
    if (!this.documents.get(uri)) return undefined;
    let generation: number;
    let settings: ServerSettings;
    // Settings that changed while they were being fetched are fetched again (a few times at most).
    let tries = 0;
    do {
      generation = this.generation;
      settings = await this.settings.forResource(uri);
    } while (generation !== this.generation && ++tries < 3);
    // Take the document again: edits may have arrived while the settings were fetched.
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const cached = this.cache.get(uri);
    if (cached && cached.version === doc.version && cached.generation === generation) return cached;
    // The previous version's tree lets the core re-parse only the stretches between headings that changed.
    const analysis = analyze(doc.getText(), settings.config, cached?.analysis);
    const entry: AnalysedDocument = { uri, version: doc.version, generation, settings, analysis };
    if (generation === this.generation) this.cache.set(uri, entry);
    return entry;
  }

  /**
   * For the custom requests, which a client may send for a file it has not
   * opened (or has just closed): the open document's analysis, else the
   * file's text (from the file source: the disk, or the browser's
   * workspace) analysed once for this call. Undefined when neither exists.
   */
  async analysisOrFile(uri: string): Promise<AnalysedDocument | undefined> {
    const open = await this.analysis(uri);
    if (open) return open;
    const text = this.files.handles(uri) ? await this.files.readText(uri) : undefined;
    if (text === undefined) return undefined;
    const settings = await this.settings.forResource(uri);
    return { uri, version: -1, generation: this.generation, settings, analysis: analyze(text.replace(/^\uFEFF/, ''), settings.config) };
  }

  /** Forgets every analysis, e.g. when the settings change. */
  invalidateAll(): void {
    this.generation++;
    this.cache.clear();
  }
}
