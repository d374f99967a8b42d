/**
 * Offset <-> position conversion for one text.
 *
 * Offsets and columns are UTF-16 code units, which is what JavaScript strings
 * index by and what LSP uses by default, so an em dash or a pound sign counts
 * as one column and a character outside the BMP as two. Lines end at "\n"; a
 * "\r" before it belongs to the line break, never to the line's text, so CRLF
 * files report the same columns as LF files.
 */

/** A 0-based line and UTF-16 column. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** Line starts of a text, built once and searched by bisection. */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    this.starts = starts;
  }

  /** Number of lines; a text ending in a newline has an empty last line. */
  get lineCount(): number {
    return this.starts.length;
  }

  /** The 0-based position of an offset, clamped to the text. */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(o);
    const character = Math.min(o, this.lineEnd(line)) - this.starts[line];
    return { line, character };
  }

  /** The 0-based line of an offset, clamped to the text: positionAt(offset).line without the object. */
  lineAt(offset: number): number {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The offset of a 0-based position, clamped to its line. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** Offset of the first character of a line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset just past the line's text, before any "\r\n" or "\n". */
  lineEnd(line: number): number {
    const l = Math.max(0, Math.min(line, this.starts.length - 1));
    let end = l + 1 < this.starts.length ? this.starts[l + 1] - 1 : this.text.length;
    if (end > this.starts[l] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The text of a line without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}
