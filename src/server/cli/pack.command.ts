import { resolve } from 'node:path';
import type { Command } from 'commander';
import { readPackDir } from '../features/packs/pack-files';

export function registerPackCommands(program: Command) {
  const pack = program.command('pack').description('work with question packs (folders of question files)');
  pack
    .command('lint')
    .argument('<dir>', 'the pack folder (holds pack.yaml and questions/)')
    .description('check a pack against the format and content-style rules; lists every problem with file and line')
    .action(async (dir: string) => {
      const result = await readPackDir(resolve(dir));
      for (const issue of result.issues) console.log(`${issue.file}:${issue.line}: ${issue.message}`);
      if (result.issues.length) {
        console.log(`\n${result.issues.length} problem${result.issues.length === 1 ? '' : 's'} in ${dir}.`);
        process.exitCode = 1;
      } else {
        console.log(`${dir}: ${result.questions.length} questions, no problems.`);
      }
    });
}
