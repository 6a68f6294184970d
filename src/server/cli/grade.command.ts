// `candor grade`: batch-grades written answers. Reads JSON lines on stdin and writes one JSON line
// per input as soon as it is graded, so it works in a pipe. The database is opened only when a
// line names a bank question by slug, and then once for the whole run.
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { graderQuestionOf } from '../../core/grader/bank-question';
import { gradeOutput, invalidOutput, parseGradeLine, type GradeOutput } from '../../core/grader/grade-line';
import type { GraderQuestion } from '../../core/grader/grader-types';
import { gradeAnswer } from '../../core/grader/index';
import { isAppError } from '../../core/errors';

const lockedHint = () =>
  'Lines with "slug" read the question bank, and the embedded database belongs to the running server. ' +
  'Stop the server and run the command again, or send each line with the question instead: {"question", "reference_answer", "answer"}.';

/** The bank, opened through withDatabase on first use and kept open until the input ends. */
class Bank {
  private opened?: Promise<(slug: string) => Promise<GraderQuestion>>;
  private finish?: () => void;
  private closed?: Promise<unknown>;
  private readonly cache = new Map<string, GraderQuestion>();

  constructor(private readonly workspace: string | undefined) {}

  async question(slug: string): Promise<GraderQuestion> {
    const known = this.cache.get(slug);
    if (known) return known;
    const lookup = await (this.opened ??= this.open());
    const question = await lookup(slug);
    this.cache.set(slug, question);
    return question;
  }

  private async open() {
    // Loaded on first use: lines that bring their question start grading without the database code.
    const [{ withDatabase }, { getQuestion }, { chooseWorkspace }] = await Promise.all([
      import('./with-database'),
      import('../features/questions/question.service'),
      import('../features/workspaces/workspace.service'),
    ]);
    return new Promise<(slug: string) => Promise<GraderQuestion>>((ready, fail) => {
      const done = new Promise<void>((resolve) => (this.finish = resolve));
      this.closed = withDatabase(async (database) => {
        const workspace = await chooseWorkspace(database.db, this.workspace);
        ready(async (slug) => graderQuestionOf(await getQuestion(database.db, workspace.id, slug)));
        await done;
      }, lockedHint).catch((e: unknown) => fail(e));
    });
  }

  async close() {
    this.finish?.();
    await this.closed;
  }
}

async function write(line: GradeOutput) {
  if (!process.stdout.write(`${JSON.stringify(line)}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

/** Why a slug line could not be graded, for its output line. */
function slugProblem(slug: string, error: unknown): string {
  if (isAppError(error) && error.code === 'not_found' && error.message.startsWith('No question')) return `no question in the bank has the slug "${slug}"`;
  return `the question bank could not be read: ${error instanceof Error ? error.message : String(error)}`;
}

export function registerGradeCommand(program: Command) {
  program
    .command('grade')
    .option('--workspace <slug>', 'the workspace whose bank "slug" lines read (default: the only one)')
    .description(
      'grade answers read as JSON lines on stdin: {"question", "reference_answer", "answer"} (optionally "key_points"), or {"slug", "answer"} for a bank question; ' +
        'writes one JSON line per input: score, gradable, covered, missed, follow_up, reason (see docs/grader.md)',
    )
    .action(async (opts: { workspace?: string }) => {
      // Stop quietly when the reader of a pipe goes away (`candor grade < in | head`).
      process.stdout.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw e;
      });
      const bank = new Bank(opts.workspace);
      let invalid = 0;
      let bankError: string | undefined;
      try {
        for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
          if (!raw.trim()) continue;
          const line = parseGradeLine(raw);
          let output: GradeOutput;
          if (line.kind === 'invalid') output = invalidOutput(line.message);
          else if (line.kind === 'question') output = gradeOutput(gradeAnswer(line.question, line.answer), line.answer);
          else {
            try {
              output = gradeOutput(gradeAnswer(await bank.question(line.slug), line.answer), line.answer);
            } catch (e) {
              output = invalidOutput(slugProblem(line.slug, e));
              if (!(isAppError(e) && e.code === 'not_found' && e.message.startsWith('No question'))) bankError ??= output.reason;
            }
          }
          if (output.reason.startsWith('invalid input:')) invalid++;
          await write(output);
        }
      } finally {
        await bank.close().catch(() => undefined);
      }
      if (bankError) console.error(bankError.replace(/^invalid input: /, ''));
      if (invalid) {
        console.error(`${invalid} line${invalid === 1 ? ' was' : 's were'} not valid input (see "reason" on ${invalid === 1 ? 'that line' : 'those lines'}).`);
        process.exitCode = 1;
      }
    });
}
