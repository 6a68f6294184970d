import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { loadConfig } from '../config';
import { openConfiguredDatabase } from '../db/open';
import { DataDirLockedError } from '../db/data-dir-lock';
import { migrateDatabase } from '../db/migrate';
import { readPackDir, readPackSource } from '../features/packs/pack-files';
import { exportPack, importPack, type ImportReport } from '../features/packs/pack.service';
import { packToCsv, packToJson, packToTree } from '../../core/pack/pack-writer';

function progressBar(label: string) {
  if (!process.stderr.isTTY) return undefined;
  return (done: number, total: number) => {
    const width = 30;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    process.stderr.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
    if (done >= total) process.stderr.write('\n');
  };
}

function printReport(report: ImportReport) {
  const verb = report.dryRun ? 'would be' : 'were';
  console.log(`Pack "${report.packId}"${report.dryRun ? ' (dry run: nothing was changed)' : ''}:`);
  console.log(`  ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.skipped.length} skipped; ${report.kits} starter kit${report.kits === 1 ? '' : 's'}`);
  for (const s of report.skipped) console.log(`  skipped ${s.slug}: ${s.reason}`);
  if (!report.created && !report.updated) console.log(`  No questions ${verb} changed.`);
}

async function withDatabase<T>(run: (database: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config).catch((e: unknown) => {
    // The embedded database belongs to the running server: say how to reach it instead.
    if (e instanceof DataDirLockedError)
      e.message += `\nTo import into the running server: curl -F file=@pack.zip http://localhost:${config.port}/api/v1/packs/import`;
    throw e;
  });
  try {
    await migrateDatabase(database);
    return await run(database);
  } finally {
    await database.close();
  }
}

export function registerPackCommands(program: Command) {
  const pack = program.command('pack').description('work with question packs (folders of question files, .zip, .json or .csv)');

  pack
    .command('lint')
    .argument('<dir>', 'the pack folder (holds pack.yaml, questions/ and kits/)')
    .description('check a pack against the format and content-style rules; lists every problem with file and line')
    .action(async (dir: string) => {
      const result = await readPackDir(resolve(dir));
      for (const issue of result.issues) console.log(`${issue.file}:${issue.line}: ${issue.message}`);
      if (result.issues.length) {
        console.log(`\n${result.issues.length} problem${result.issues.length === 1 ? '' : 's'} in ${dir}.`);
        process.exitCode = 1;
      } else {
        console.log(`${dir}: ${result.pack!.questions.length} questions and ${result.pack!.kits.length} kits, no problems.`);
      }
    });

  pack
    .command('import')
    .argument('<source>', 'a pack folder, or a .zip, .json or .csv file')
    .option('--dry-run', 'report what would change, change nothing')
    .option('--pack-id <id>', 'the pack a CSV becomes (default: the file name)')
    .description('import a pack in one transaction: all of it or nothing; idempotent by slug and content hash')
    .action(async (source: string, opts: { dryRun?: boolean; packId?: string }) => {
      const { pack: content, issues } = await readPackSource(resolve(source), { packId: opts.packId });
      if (!content) {
        for (const issue of issues) console.log(`${issue.file}:${issue.line}: ${issue.message}`);
        console.log(`\nNothing imported: ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${source}.`);
        process.exitCode = 1;
        return;
      }
      const report = await withDatabase((database) =>
        importPack(database.db, content, { dryRun: opts.dryRun, onProgress: progressBar(opts.dryRun ? 'Checking' : 'Importing') }),
      );
      printReport(report);
    });

  pack
    .command('export')
    .argument('<target>', 'a folder (format md) or a file (json, csv)')
    .option('--format <format>', 'md | json | csv', (v) => {
      if (!['md', 'json', 'csv'].includes(v)) throw new InvalidArgumentError('must be md, json or csv');
      return v;
    }, 'md')
    .option('--pack <id>', 'export one installed pack (with its kits); default: every question in the bank')
    .description('write questions out as a pack folder, a JSON file or a CSV file')
    .action(async (target: string, opts: { format: 'md' | 'json' | 'csv'; pack?: string }) => {
      const content = await withDatabase((database) => exportPack(database.db, opts.pack));
      const out = resolve(target);
      if (opts.format === 'md') {
        for (const [path, text] of packToTree(content)) {
          await mkdir(dirname(join(out, path)), { recursive: true });
          await writeFile(join(out, path), text);
        }
      } else {
        await mkdir(dirname(out), { recursive: true });
        await writeFile(out, opts.format === 'json' ? packToJson(content) : packToCsv(content));
      }
      console.log(`Exported ${content.questions.length} questions${content.kits.length ? ` and ${content.kits.length} kits` : ''} to ${target}.`);
    });
}
