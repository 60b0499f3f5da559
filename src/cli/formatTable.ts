/** Plain-text tables for the terminal: columns sized to their content, one column wrapped to fit. */

export type Column = {
  header: string;
  /** The widest this column may get; longer cells wrap onto more lines. */
  max?: number;
  /** This column takes the width the others leave (at least MIN_FILL), and wraps to it. */
  fill?: boolean;
  /** Styles one line of a cell once it is padded (colours must not change the layout). */
  paint?: (line: string, cell: string) => string;
};

const GAP = '  ';
const MIN_FILL = 20;

/** A header line and the rows, at most `width` columns wide when the fill column can shrink enough. */
export function formatTable(columns: readonly Column[], rows: readonly string[][], width: number, paintHeader = (h: string) => h): string {
  const widths = columnWidths(columns, rows, width);
  const render = (cells: readonly string[], paintLine: (line: string, column: number, cell: string) => string) => {
    const wrapped = columns.map((_, i) => wrapText(cells[i] ?? '', widths[i] ?? MIN_FILL));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    const lines: string[] = [];
    for (let row = 0; row < height; row++) {
      const parts = wrapped.map((cellLines, i) => {
        const last = i === columns.length - 1;
        const text = cellLines[row] ?? '';
        return paintLine(last ? text : text.padEnd(widths[i] ?? 0), i, cells[i] ?? '');
      });
      lines.push(parts.join(GAP).trimEnd());
    }
    return lines;
  };
  const header = render(columns.map((c) => c.header), (line) => paintHeader(line));
  const body = rows.map((cells) => render(cells, (line, i, cell) => columns[i]?.paint?.(line, cell) ?? line));
  // Once a cell wraps, a blank line between rows shows where each one ends.
  const separator = body.some((lines) => lines.length > 1) ? [''] : [];
  return [...header, ...body.flatMap((lines, i) => (i === 0 ? lines : [...separator, ...lines]))].join('\n') + '\n';
}

function columnWidths(columns: readonly Column[], rows: readonly string[][], width: number): number[] {
  const natural = columns.map((column, i) => {
    const longest = Math.max(column.header.length, ...rows.map((cells) => (cells[i] ?? '').length));
    return Math.min(longest, column.max ?? Number.POSITIVE_INFINITY);
  });
  const fillIndex = columns.findIndex((c) => c.fill === true);
  if (fillIndex === -1) return natural;
  const others = natural.reduce((sum, w, i) => (i === fillIndex ? sum : sum + w), 0);
  const left = width - others - GAP.length * (columns.length - 1);
  natural[fillIndex] = Math.min(natural[fillIndex] ?? 0, Math.max(left, MIN_FILL));
  return natural;
}

/** Greedy word wrap; a word longer than the width is cut, so no line is ever wider than `width`. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (let word of paragraph.split(/\s+/).filter(Boolean)) {
      while (word.length > width) {
        if (line) lines.push(line);
        lines.push(word.slice(0, width));
        word = word.slice(width);
        line = '';
      }
      if (!line) line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}
