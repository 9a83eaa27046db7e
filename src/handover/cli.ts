import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { openStore, storeOptionsFrom } from '../store/index.js';
import { AccountError, createAccount, listAccounts, removeAccount } from './accounts.js';
import { MIN_PASSWORD_LENGTH } from './passwords.js';

const USAGE = `Manage the accounts of the staff inbox.

  npm run staff -- add <email> --role staff|admin|insight [--organisation "<name>"]
      Creates an account. The password is read from stdin (at least ${MIN_PASSWORD_LENGTH} characters),
      e.g. typed at the prompt, or: printf '%s' "$PASSWORD" | npm run staff -- add ...
      The organisation defaults to HANDOVER_ORGANISATION.
  npm run staff -- list
  npm run staff -- remove <email>
`;

/** Thrown for wrong command-line use; the message is shown with the usage text. */
class UsageError extends Error {}

/** Reads the password: hidden from the screen when typed, or the first line of piped input. */
async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  process.stderr.write('Password (not shown): ');
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const onData = (key: string) => {
      for (const ch of key) {
        if (ch === '\r' || ch === '\n') return finish(() => resolve(typed));
        if (ch === '\u0003') return finish(() => reject(new UsageError('cancelled')));
        if (ch === '\u007f') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    const finish = (done: () => void) => {
      stdin.setRawMode(false);
      stdin.off('data', onData);
      stdin.pause();
      process.stderr.write('\n');
      done();
    };
    stdin.on('data', onData);
  });
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string' }, organisation: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, email] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return;
  }
  if (!['add', 'list', 'remove'].includes(command)) throw new UsageError(`unknown command "${command}"`);
  if (command !== 'list' && !email) throw new UsageError(`"${command}" needs an e-mail address`);
  if (command === 'add' && values.role !== 'staff' && values.role !== 'admin' && values.role !== 'insight') throw new UsageError('add needs --role staff, --role admin or --role insight');

  const config = loadConfig();
  // Logs go to stderr so stdout holds only the answer.
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, pino.destination(2));
  const password = command === 'add' ? await readPassword() : '';
  if (command === 'add' && password.length < MIN_PASSWORD_LENGTH) {
    throw new AccountError(`the password must be at least ${MIN_PASSWORD_LENGTH} characters long; nothing was created`);
  }
  const store = await openStore(storeOptionsFrom(config, logger));
  try {
    if (command === 'add') {
      const role = values.role === 'admin' || values.role === 'insight' ? values.role : 'staff';
      const organisation = values.organisation ?? config.HANDOVER_ORGANISATION;
      const account = await createAccount(store.db, { email: email!, password, role, organisation });
      process.stdout.write(`Created ${account.role} account ${account.email} for "${account.organisation}".\n`);
    } else if (command === 'list') {
      const accounts = await listAccounts(store.db);
      if (accounts.length === 0) process.stdout.write('No accounts yet. Create one with: npm run staff -- add <email> --role admin\n');
      for (const a of accounts) {
        const locked = a.lockedUntil && a.lockedUntil > Date.now() ? ' (locked)' : '';
        process.stdout.write(`${a.email}\t${a.role}\t${a.organisation}${locked}\n`);
      }
    } else {
      const removed = await removeAccount(store.db, email!);
      if (!removed) throw new AccountError(`there is no account for ${email}`);
      process.stdout.write(`Removed ${email}; its sessions ended.\n`);
    }
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const parseError = err instanceof Error && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS');
  if (err instanceof UsageError || parseError) process.stderr.write(`Error: ${(err as Error).message}\n\n${USAGE}`);
  else if (err instanceof AccountError || (err instanceof Error && err.name === 'ConfigError')) process.stderr.write(`Error: ${err.message}\n`);
  else process.stderr.write(`Error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
});
