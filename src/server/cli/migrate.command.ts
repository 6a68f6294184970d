import type { Command } from 'commander';
import { loadConfig } from '../config';
import { describeDatabase, openConfiguredDatabase } from '../db/open';
import { migrateDatabase } from '../db/migrate';

export function registerMigrateCommand(program: Command) {
  program
    .command('migrate')
    .description('apply pending database migrations (the server also does this at start)')
    .action(async () => {
      const config = loadConfig();
      const database = await openConfiguredDatabase(config);
      try {
        const { applied } = await migrateDatabase(database);
        console.log(`${describeDatabase(config)}: ${applied ? `applied ${applied} migration${applied === 1 ? '' : 's'}` : 'already up to date'}.`);
      } finally {
        await database.close();
      }
    });
}
