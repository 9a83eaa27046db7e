import type { Compilable, CompiledQuery, QueryResult } from 'kysely';

/**
 * A placeholder for a value in a precompiled query. Typed `never` so the query builder accepts it in any column;
 * at run time it is a marker string that is found again among the compiled parameters.
 */
export type Slot = never;

/** Runs a precompiled query with the values for its named slots. */
export type Precompiled<Name extends string, Row> = (values: Readonly<Record<Name, unknown>>) => Promise<QueryResult<Row>>;

const MARKER = '\u0000slot:';

/** The one thing a precompiled query needs from Kysely: running a compiled query, in a transaction or not. */
export interface QueryRunner {
  executeQuery<R>(query: CompiledQuery<R>): Promise<QueryResult<R>>;
}

/**
 * Compiles a query once and runs it many times with new values. Kysely builds and compiles every query anew,
 * which for our small hot queries costs more than the database takes to run them. `build` receives one slot
 * per name; each slot is found again by value among the compiled parameters, so the SQL's parameter order
 * never has to be assumed. Values that are not slots (constants in the query) keep their compiled value.
 */
export function precompile<Name extends string, Row>(
  db: QueryRunner,
  names: readonly Name[],
  build: (slots: Readonly<Record<Name, Slot>>) => Compilable<Row>,
): Precompiled<Name, Row> {
  const slots = Object.fromEntries(names.map((name) => [name, `${MARKER}${name}`])) as unknown as Record<Name, Slot>;
  const compiled: CompiledQuery<Row> = build(slots).compile();
  const sources = compiled.parameters.map((parameter) =>
    typeof parameter === 'string' && parameter.startsWith(MARKER) ? (parameter.slice(MARKER.length) as Name) : undefined,
  );
  const missing = names.filter((name) => !sources.includes(name));
  if (missing.length > 0) throw new Error(`precompile: the query does not use the slot(s) ${missing.join(', ')}; pass each slot to the builder once`);
  return (values) =>
    db.executeQuery<Row>({
      ...compiled,
      parameters: sources.map((name, i) => (name === undefined ? compiled.parameters[i] : values[name])),
    });
}
