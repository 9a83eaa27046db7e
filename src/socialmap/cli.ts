import { readFile } from 'node:fs/promises';
import { DIMENSIONS } from '../health/dimensions.js';
import { parseActivities } from './load.js';
import { formatProblem, formatReport } from './problems.js';
import { DIMENSION_WORDS } from './vocabulary.js';

/**
 * `npm run socialmap -- check <file>`: validates an activities file without starting the bot, for the municipal
 * employee who maintains it. Exit 0 with a one-line summary when the file can be used, 1 with every problem when not.
 */
async function check(file: string): Promise<number> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'EISDIR' && code !== 'EACCES') throw error;
    process.stderr.write(`Het bestand ${file} kan niet worden gelezen (${code}). Klopt de naam en de map?\n`);
    return 1;
  }
  const result = parseActivities(content);
  for (const note of result.notes) process.stdout.write(`Let op: ${formatProblem(note)}\n`);
  if (!result.ok) {
    process.stdout.write(`${formatReport(result.problems)}\n`);
    process.stdout.write(`${result.problems.length} fout(en) gevonden. Het bot gebruikt dit bestand pas als alles klopt.\n`);
    return 1;
  }
  const counts = DIMENSIONS.map((d) => `${DIMENSION_WORDS[d][0]} ${result.activities.filter((a) => a.dimensions.includes(d)).length}`);
  process.stdout.write(`${result.activities.length} activiteiten in orde. Per dimensie: ${counts.join(', ')}.\n`);
  return 0;
}

const [command, file] = process.argv.slice(2);
if (command !== 'check' || file === undefined) {
  process.stderr.write('Gebruik: npm run socialmap -- check <bestand.csv of bestand.json>\n');
  process.exitCode = 2;
} else {
  process.exitCode = await check(file);
}
