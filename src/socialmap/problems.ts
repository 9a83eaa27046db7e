/**
 * A problem found in the activities file, with where it is and how to fix it.
 * `line` is the line in a CSV file, or the 1-based position of the item in a JSON array (then `unit` is 'item').
 */
export interface Problem {
  unit: 'line' | 'item' | 'file';
  line: number;
  column?: string;
  /** A Dutch sentence (or two) that says what is wrong and what to write instead. */
  message: string;
}

/** One report line, e.g. "Regel 14, kolom 'kosten': 'gratis?' is geen bekende waarde. Schrijf: gratis, ...". */
export function formatProblem(problem: Problem): string {
  const place = problem.unit === 'file' ? 'Bestand' : `${problem.unit === 'line' ? 'Regel' : 'Item'} ${problem.line}`;
  const field = problem.column === undefined ? '' : `, ${problem.unit === 'item' ? 'veld' : 'kolom'} '${problem.column}'`;
  return `${place}${field}: ${problem.message}`;
}

/** The whole report: one line per problem, in file order. */
export function formatReport(problems: readonly Problem[]): string {
  return [...problems].sort((a, b) => a.line - b.line).map(formatProblem).join('\n');
}
