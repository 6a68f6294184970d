// Import a pack: choose a file → Candor previews exactly what would change (a dry run) or lists
// every problem with its file and line → apply. Nothing changes before the second step.
import { useState } from 'react';
import { Link } from 'react-router';
import type { ImportReportDto } from '../../../shared/pack.schema';
import { ApiError } from '../../lib/api-client';
import { ErrorState, Spinner } from '../../components/States';
import { useImportPack } from './api/import-pack';

function ReportSummary({ report }: { report: ImportReportDto }) {
  const rows: [string, number][] = [
    ['New questions', report.created],
    ['Updated', report.updated],
    ['Unchanged', report.unchanged],
    ['Skipped', report.skipped.length],
  ];
  return (
    <>
      <dl className="report-grid">
        {rows.map(([label, n]) => (
          <div key={label} className="report-cell">
            <dt>{label}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      {report.kits > 0 && <p className="muted small">With {report.kits} starter kit{report.kits === 1 ? '' : 's'}.</p>}
      {report.skipped.length > 0 && (
        <ul className="skipped-list small">
          {report.skipped.map((s) => (
            <li key={s.slug}>
              <code>{s.slug}</code>: {s.reason}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Problems({ error }: { error: unknown }) {
  const problem = error instanceof ApiError ? error.problem : undefined;
  if (!problem || problem.code !== 'pack_invalid' || !problem.errors?.length) return <ErrorState error={error} />;
  return (
    <section className="state state-error" role="alert">
      <h2>Nothing can be imported yet</h2>
      <p>{problem.detail} Fix these and choose the file again:</p>
      <ul className="problem-list">
        {problem.errors.map((e, i) => (
          <li key={i}>
            <code>{e.name}</code> {e.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ImportPage() {
  const [file, setFile] = useState<File | null>(null);
  const preview = useImportPack();
  const apply = useImportPack();

  const choose = (chosen: File | null) => {
    setFile(chosen);
    apply.reset();
    preview.reset();
    if (chosen) preview.mutate({ file: chosen, dryRun: true });
  };
  const changes = preview.data ? preview.data.created + preview.data.updated : 0;

  return (
    <main id="main" className="page narrow">
      <h1>Import questions</h1>
      <p className="lead">
        Bring in a pack: a zipped pack folder, a Candor JSON export, or a CSV with columns such as <em>question, answer, category,
        difficulty, tags</em>. You will see what changes before anything does.
      </p>
      <section className="panel">
        <label htmlFor="pack-file" className="field-label">
          Pack file (.zip, .json, .csv or .md)
        </label>
        <input id="pack-file" type="file" accept=".zip,.json,.csv,.md" onChange={(e) => choose(e.target.files?.[0] ?? null)} />
      </section>

      {preview.isPending && <Spinner label="Checking the file" />}
      {preview.isError && <Problems error={preview.error} />}
      {preview.data && !apply.data && (
        <section className="panel" aria-labelledby="preview-h">
          <h2 id="preview-h">Preview of “{file?.name}” as pack {preview.data.packId}</h2>
          <ReportSummary report={preview.data} />
          {changes === 0 ? (
            <p>Nothing would change: the bank already has this content.</p>
          ) : (
            <button type="button" className="button" disabled={apply.isPending} onClick={() => file && apply.mutate({ file, dryRun: false })}>
              {apply.isPending ? 'Importing…' : `Import ${changes} question${changes === 1 ? '' : 's'}`}
            </button>
          )}
          {apply.isError && <ErrorState error={apply.error} />}
        </section>
      )}
      {apply.data && (
        <section className="panel panel-success" role="status" aria-labelledby="done-h">
          <h2 id="done-h">Imported</h2>
          <ReportSummary report={apply.data} />
          <Link to="/" className="button">
            Open the question bank
          </Link>
        </section>
      )}
    </main>
  );
}
