/** Rows as an aligned plain-text table with a header, or a note when there are none. */
export function renderTable(columns: string[], rows: (string | number)[][]): string {
  if (rows.length === 0) return "(none)";
  const cells = [columns, ...rows.map((row) => row.map(String))];
  const widths = columns.map((_, i) => Math.min(60, Math.max(...cells.map((row) => row[i]!.length))));
  const line = (row: string[]) =>
    row.map((cell, i) => (cell.length > widths[i]! ? `${cell.slice(0, widths[i]! - 1)}…` : cell.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(cells[0]!), line(widths.map((width) => "─".repeat(width))), ...cells.slice(1).map(line)].join("\n");
}
