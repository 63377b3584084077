// How the CLI talks to a person: one clear line per error, exit codes a script can test.
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export function printTable(rows: Record<string, unknown>[], out: NodeJS.WritableStream = process.stdout): void {
  if (rows.length === 0) {
    out.write('(none)\n');
    return;
  }
  const headers = Object.keys(rows[0]!);
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- cells are scalars and Dates
  const cells = rows.map((row) => headers.map((h) => (row[h] === null || row[h] === undefined ? '' : String(row[h]))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd() + '\n';
  out.write(line(headers));
  out.write(line(widths.map((w) => '-'.repeat(w))));
  for (const c of cells) out.write(line(c));
}

/** A listing: a table for people, or with `--json` one JSON array (the `json` rows, full values) for scripts. */
export function printRows(json: boolean | undefined, table: Record<string, unknown>[], rows: unknown[] = table): void {
  if (json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else printTable(table);
}
