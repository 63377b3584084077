// CSV as RFC 4180 writes it (CRLF line ends; a field holding a comma, a quote or a line break is
// quoted, its quotes doubled), safe to open in a spreadsheet: a text cell that a spreadsheet would
// take for a formula (=, +, -, @, or a tab or carriage return first) gets a leading apostrophe.
import type { ServerResponse } from 'node:http';

export interface CsvColumn {
  /** The header. */
  name: string;
  value: (row: Record<string, unknown>) => unknown;
}

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: numbers and booleans as written, null as empty, text made inert and quoted if needed. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = typeof value === 'string' ? value : JSON.stringify(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: unknown[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + csvCell(cells[i]);
  return `${line}\r\n`;
}

/** The rows as CSV lines under `columns`, without the header. */
export function csvRows(columns: CsvColumn[], rows: Record<string, unknown>[]): string {
  let text = '';
  for (const row of rows) text += csvLine(columns.map((c) => c.value(row)));
  return text;
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';

/**
 * Writes CSV to `res` as it is produced: the header, then each chunk of rows `next()` returns
 * until it returns null, waiting for the client to drain when the socket's buffer is full, so
 * memory holds one chunk whatever the export's size, and the event loop turns between chunks, so
 * a long export does not hold up the other requests. A failure after the header was sent can no
 * longer change the status: the connection is cut, so no client takes a partial file for a whole one.
 */
export async function streamCsv(res: ServerResponse, fileName: string, columns: CsvColumn[], first: Record<string, unknown>[], next: () => Promise<Record<string, unknown>[] | null>): Promise<void> {
  res.writeHead(200, {
    'content-type': CSV_CONTENT_TYPE,
    'content-disposition': `attachment; filename="${fileName}.csv"`,
    'cache-control': 'no-store',
  });
  let rows: Record<string, unknown>[] | null = first;
  let text = csvLine(columns.map((c) => c.name));
  try {
    while (rows) {
      text += csvRows(columns, rows);
      if (!res.write(text)) await drained(res);
      text = '';
      if (res.destroyed) return;
      // Other requests are answered between two chunks: reading the database may never yield.
      await new Promise((resolve) => setImmediate(resolve));
      rows = await next();
    }
    res.end();
  } catch (error) {
    res.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}
