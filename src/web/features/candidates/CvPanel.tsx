// The CV: what is attached (download, the text Candor read from it, folded away), and for those who
// may write, upload or replace it with progress, and remove it. Files over the limit are refused
// here before a byte is sent; every other refusal is the server's own words.
import { useRef, useState } from 'react';
import { CV_ACCEPT, CV_MAX_BYTES, type Candidate, type CvKind } from '../../../shared/candidate.schema';
import { ConfirmAction } from '../../components/ConfirmAction';
import { Time } from '../../components/Time';
import { cvDownloadUrl, useRemoveCv, useUploadCv } from './api/cv';
import { formatBytes } from './candidate-labels';
import { ConflictAlert, isConflict } from './ConflictAlert';

const KIND_LABELS: Record<CvKind, string> = { pdf: 'PDF', docx: 'Word document', text: 'Text', markdown: 'Markdown' };

interface Props {
  candidate: Candidate;
  etag: string;
  canWrite: boolean;
  onReload: () => void;
  reloading: boolean;
}

export function CvPanel({ candidate, etag, canWrite, onReload, reloading }: Props) {
  const [progress, setProgress] = useState(0);
  const [tooBig, setTooBig] = useState<string>();
  const upload = useUploadCv(candidate.id, setProgress);
  const remove = useRemoveCv(candidate.id);
  const inputRef = useRef<HTMLInputElement>(null);
  const { cv } = candidate;
  const error = upload.error ?? remove.error;

  const choose = (file: File | undefined) => {
    upload.reset();
    remove.reset();
    setTooBig(undefined);
    if (!file) return;
    if (file.size > CV_MAX_BYTES) {
      setTooBig(`“${file.name}” is ${formatBytes(file.size)}; a CV can be at most ${formatBytes(CV_MAX_BYTES)}. Export a smaller PDF and try again.`);
      if (inputRef.current) inputRef.current.value = '';
      return;
    }
    setProgress(0);
    upload.mutate(
      { etag, file },
      {
        onSettled: () => {
          if (inputRef.current) inputRef.current.value = '';
        },
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="cv-heading">
      <h2 id="cv-heading">CV</h2>
      {cv ? (
        <>
          <p className="cv-file">
            <strong className="cell-wrap">{cv.filename}</strong>
            <span className="muted small">
              {KIND_LABELS[cv.kind]} · {formatBytes(cv.size)} · uploaded <Time iso={cv.uploadedAt} relative />
            </span>
          </p>
          <p>
            <a className="button button-secondary button-small cv-download" href={cvDownloadUrl(candidate.id)} download>
              Download CV
            </a>
          </p>
          {cv.textExtracted ? (
            <details className="cv-text-preview">
              <summary>Text read from the CV ({candidate.cvText.length.toLocaleString()} characters)</summary>
              <div className="prewrap cv-text">{candidate.cvText}</div>
            </details>
          ) : (
            <p className="notice notice-warning">
              No text could be read from this file; it may be a scan. It is kept for download, but search cannot see inside it.
            </p>
          )}
        </>
      ) : (
        <p className="muted">No CV yet.</p>
      )}

      {canWrite && (
        <div className="cv-upload">
          <label htmlFor="cv-file" className="field-label">
            {cv ? 'Replace the CV' : 'Upload a CV'}
          </label>
          <p id="cv-file-hint" className="field-hint">
            PDF, Word (.docx), plain text or markdown, up to {formatBytes(CV_MAX_BYTES)}.
          </p>
          <input
            id="cv-file"
            ref={inputRef}
            type="file"
            accept={CV_ACCEPT}
            aria-describedby="cv-file-hint"
            disabled={upload.isPending || remove.isPending}
            onChange={(e) => choose(e.target.files?.[0])}
          />
          {upload.isPending && (
            <div className="upload-progress" role="status">
              <progress max={1} value={progress} aria-label="Upload progress" />
              <span className="small">{progress < 1 ? `Uploading… ${Math.round(progress * 100)}%` : 'Reading the text…'}</span>
            </div>
          )}
          {upload.isSuccess && (
            <p className="notice" role="status">
              {upload.data.candidate.cv?.textExtracted
                ? `CV uploaded; ${upload.data.candidate.cvText.length.toLocaleString()} characters of text read.`
                : 'CV uploaded, but no text could be read from it.'}
            </p>
          )}
          {tooBig && (
            <p className="form-alert" role="alert">
              {tooBig}
            </p>
          )}
          {error &&
            (isConflict(error) ? (
              <ConflictAlert onReload={() => (upload.reset(), remove.reset(), onReload())} reloading={reloading} />
            ) : (
              <p className="form-alert" role="alert">
                {error.message}
              </p>
            ))}
          {cv && (
            <div className="section-actions">
              <ConfirmAction
                label="Remove CV"
                question="Remove the CV and its text?"
                confirmLabel="Remove"
                pending={remove.isPending}
                pendingLabel="Removing…"
                disabled={upload.isPending}
                onConfirm={() => (upload.reset(), remove.mutate(etag))}
              />
            </div>
          )}
        </div>
      )}
    </section>
  );
}
