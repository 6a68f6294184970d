import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { withDatabase } from './with-database';
import { readPackDir, readPackSource } from '../features/packs/pack-files';
import { exportPack, importPack, type ImportReport } from '../features/packs/pack.service';
import { chooseWorkspace } from '../features/workspaces/workspace.service';
import { recordAudit } from '../features/audit/audit.service';
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

// The embedded database belongs to the running server: say how to reach it instead.
const importHint = (port: number) =>
  `To import into the running server, use an API token (Settings → Tokens, or npx candor token create once the server is stopped):\n` +
  `  curl -H "Authorization: Bearer $CANDOR_TOKEN" -F file=@pack.zip http://localhost:${port}/api/v1/packs/import`;

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
    .option('--workspace <slug>', 'the workspace to import into (default: the only one)')
    .description('import a pack in one transaction: all of it or nothing; idempotent by slug and content hash')
    .action(async (source: string, opts: { dryRun?: boolean; packId?: string; workspace?: string }) => {
      const { pack: content, issues } = await readPackSource(resolve(source), { packId: opts.packId });
      if (!content) {
        for (const issue of issues) console.log(`${issue.file}:${issue.line}: ${issue.message}`);
        console.log(`\nNothing imported: ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${source}.`);
        process.exitCode = 1;
        return;
      }
      const report = await withDatabase(async (database) => {
        const workspace = await chooseWorkspace(database.db, opts.workspace);
        return database.db.transaction(async (tx) => {
          const result = await importPack(tx, workspace.id, content, { dryRun: opts.dryRun, onProgress: progressBar(opts.dryRun ? 'Checking' : 'Importing') });
          if (!result.dryRun)
            await recordAudit(tx, { workspaceId: workspace.id, actorUserId: null }, { action: 'pack.import', targetType: 'pack', targetId: result.packId, details: { via: 'cli', source, created: result.created, updated: result.updated } });
          return result;
        });
      }, importHint);
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
    .option('--workspace <slug>', 'the workspace to export from (default: the only one)')
    .description('write questions out as a pack folder, a JSON file or a CSV file')
    .action(async (target: string, opts: { format: 'md' | 'json' | 'csv'; pack?: string; workspace?: string }) => {
      const content = await withDatabase(async (database) => exportPack(database.db, (await chooseWorkspace(database.db, opts.workspace)).id, opts.pack));
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
