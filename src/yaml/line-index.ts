// Where each line of a text starts, and offset → 1-based line and column, with the semantics of yaml's LineCounter.

/** The start offsets of a text's lines; a line ends at `\n` (a lone `\r` does not end one). */
export class LineIndex {
  /** Offset of the first character of each line; always starts with 0. */
  readonly lineStarts: number[];

  /**
   * Indexes `text`, or takes `lineStarts` as given: the full parse path passes the ones yaml's parser
   * reported, which in some broken texts skip a line break inside a bad token, so positions there stay
   * as they always were.
   */
  constructor(text: string, lineStarts?: number[]) {
    if (lineStarts) {
      this.lineStarts = lineStarts;
      return;
    }
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  /**
   * The 1-based line and column of `offset` (UTF-16 code units), exactly as yaml's
   * `LineCounter.linePos`: an offset past the end of the text stays on the last line.
   */
  linePos(offset: number): { line: number; col: number } {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - starts[low - 1]! + 1 };
  }
}
