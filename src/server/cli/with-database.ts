// Opens the configured database for one CLI command, migrated, and closes it afterwards.
import { loadConfig } from '../config';
import type { Database } from '../db/client';
import { openConfiguredDatabase } from '../db/open';
import { DataDirLockedError } from '../db/data-dir-lock';
import { migrateDatabase } from '../db/migrate';

/** `hint` is added when the embedded database is held by a running server: what to do instead. */
export async function withDatabase<T>(run: (database: Database) => Promise<T>, hint?: (port: number) => string): Promise<T> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config).catch((e: unknown) => {
    if (e instanceof DataDirLockedError && hint) e.message += `\n${hint(config.port)}`;
    throw e;
  });
  try {
    await migrateDatabase(database);
    return await run(database);
  } finally {
    await database.close();
  }
}

/** Reads a password: the first line of stdin when piped, else typed at a prompt without echo. */
export async function readPassword(prompt: string): Promise<string> {
  const { stdin, stderr } = process;
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  return new Promise((resolvePassword, reject) => {
    let value = '';
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          stderr.write('\n');
          return resolvePassword(value);
        }
        if (ch === '\u0003') {
          stdin.setRawMode(false);
          return reject(new Error('cancelled'));
        }
        value = ch === '\u007f' ? value.slice(0, -1) : value + ch;
      }
    };
    stdin.on('data', onData);
  });
}
