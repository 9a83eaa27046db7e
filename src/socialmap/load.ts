import { readFile } from 'node:fs/promises';
import { CsvError, parse } from 'csv-parse/sync';
import { COLUMNS, columnForHeader, type ColumnName, type Row } from './columns.js';
import { hsdsToRow, isHsdsLike, jsonRowToRow } from './hsds.js';
import type { Activity } from './model.js';
import type { Problem } from './problems.js';
import { validateRow } from './row.js';

/**
 * The outcome of reading an activities file. `problems` stop the file from being used; `notes` (such as an
 * unknown column that is skipped) do not. Activities are only returned when there are no problems at all.
 */
export type LoadResult =
  | { ok: true; activities: Activity[]; notes: Problem[] }
  | { ok: false; problems: Problem[]; notes: Problem[] };

interface NumberedRow {
  row: Row;
  line: number;
}

/** Reads and validates an activities file (CSV, or JSON when the content starts with [ or {). */
export async function loadActivitiesFile(file: string): Promise<LoadResult> {
  return parseActivities(await readFile(file, 'utf8'));
}

/** Validates the text of an activities file; the format is detected from the content. */
export function parseActivities(content: string): LoadResult {
  const text = content.replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  return trimmed.startsWith('[') || trimmed.startsWith('{') ? parseJson(text) : parseCsv(text);
}

function finish(rows: NumberedRow[], unit: 'line' | 'item', problems: Problem[], notes: Problem[]): LoadResult {
  const activities: Activity[] = [];
  const firstLineById = new Map<string, number>();
  for (const { row, line } of rows) {
    const result = validateRow(row, line, unit);
    // Duplicates are checked on the raw code, so they show up even when the first row has other problems.
    const id = row.id?.trim() ?? '';
    const earlier = id === '' ? undefined : firstLineById.get(id);
    if (earlier !== undefined) {
      const where = unit === 'line' ? `regel ${earlier}` : `item ${earlier}`;
      problems.push({ unit, line, column: 'id', message: `de code '${id}' staat ook op ${where}. Geef elke activiteit een eigen code.` });
    } else if (id !== '') {
      firstLineById.set(id, line);
    }
    if (result.ok) activities.push(result.activity);
    else problems.push(...result.problems);
  }
  if (rows.length === 0 && problems.length === 0) {
    problems.push({ unit: 'file', line: 0, message: 'het bestand bevat geen activiteiten. Zet onder de kopregel minstens een activiteit.' });
  }
  return problems.length > 0 ? { ok: false, problems, notes } : { ok: true, activities, notes };
}

/** Picks the delimiter from the header line: the one of ; and , that occurs most outside quotes. */
function detectDelimiter(text: string): ';' | ',' {
  const header = text.split('\n', 1)[0] ?? '';
  const unquoted = header.replace(/"[^"]*"/g, '');
  const count = (c: string) => unquoted.split(c).length - 1;
  return count(';') >= count(',') && count(';') > 0 ? ';' : ',';
}

function parseCsv(raw: string): LoadResult {
  const text = raw.replace(/\r\n?/g, '\n');
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter: detectDelimiter(text), info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = Number((error as CsvError & { lines?: number }).lines ?? 0);
    const hint = error.code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'een aanhalingsteken (") wordt niet gesloten. Zet aan het eind van de tekst ook een ".'
      : `het bestand is geen geldige CSV (${error.code}). Sla het opnieuw op als CSV (puntkomma of komma).`;
    return { ok: false, problems: [{ unit: 'line', line, message: hint }], notes };
  }
  const [header, ...body] = records;
  if (header === undefined) return finish([], 'line', problems, notes);

  const columns: (ColumnName | undefined)[] = header.record.map((cell) => columnForHeader(cell));
  header.record.forEach((cell, i) => {
    if (cell.trim() === '') return;
    const column = columns[i];
    if (column === undefined) notes.push({ unit: 'line', line: 1, message: `de kolom '${cell.trim()}' is onbekend en wordt overgeslagen. Klopt de spelling?` });
    else if (columns.indexOf(column) !== i) problems.push({ unit: 'line', line: 1, message: `de kolom '${column}' staat er twee keer in. Haal er een weg.` });
  });
  for (const column of COLUMNS) {
    if (column.required && !columns.includes(column.name)) {
      problems.push({ unit: 'line', line: 1, message: `de kolom '${column.name}' ontbreekt. Voeg die kolom toe aan de kopregel.` });
    }
  }
  if (problems.length > 0) return { ok: false, problems, notes };

  const rows: NumberedRow[] = [];
  for (const { record, info } of body) {
    if (record.every((cell) => cell.trim() === '')) continue;
    // info.lines is the line where the record ends; quoted line breaks move its start up.
    const line = info.lines - record.reduce((n, cell) => n + cell.split('\n').length - 1, 0);
    if (record.length > header.record.length && record.slice(header.record.length).some((c) => c.trim() !== '')) {
      problems.push({ unit: 'line', line, message: `deze regel heeft meer vakken (${record.length}) dan de kopregel (${header.record.length}). Staat er een ; of , te veel in een tekst? Zet die tekst dan tussen "aanhalingstekens".` });
      continue;
    }
    const row: Row = {};
    record.forEach((cell, i) => {
      const column = columns[i];
      if (column !== undefined) row[column] = cell;
    });
    rows.push({ row, line });
  }
  return finish(rows, 'line', problems, notes);
}

function parseJson(text: string): LoadResult {
  const notes: Problem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return { ok: false, problems: [{ unit: 'file', line: 0, message: `het bestand is geen geldige JSON (${error.message}). Controleer komma's en haakjes.` }], notes };
  }
  const items = Array.isArray(data) ? data : (data as Record<string, unknown>)?.['services'] ?? (data as Record<string, unknown>)?.['activities'];
  if (!Array.isArray(items)) {
    return { ok: false, problems: [{ unit: 'file', line: 0, message: 'verwacht een lijst [ ... ] met activiteiten, of een object met "services" of "activities".' }], notes };
  }
  const problems: Problem[] = [];
  const rows: NumberedRow[] = [];
  const unknownKeys = new Set<string>();
  items.forEach((item: unknown, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({ unit: 'item', line: index + 1, message: 'dit is geen activiteit. Schrijf een object { ... } met de velden van een activiteit.' });
      return;
    }
    const record = item as Record<string, unknown>;
    if (isHsdsLike(record)) {
      rows.push({ row: hsdsToRow(record), line: index + 1 });
      return;
    }
    const { row, unknown } = jsonRowToRow(record);
    unknown.forEach((key) => unknownKeys.add(key));
    rows.push({ row, line: index + 1 });
  });
  for (const key of unknownKeys) notes.push({ unit: 'file', line: 0, message: `het veld '${key}' is onbekend en wordt overgeslagen. Klopt de spelling?` });
  return finish(rows, 'item', problems, notes);
}
