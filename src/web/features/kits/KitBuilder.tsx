// The kit builder: a working copy of the kit edited in place, saved as a whole with If-Match. A
// save that loses the race (412) says so and offers to load the saved version or save over it,
// never overwriting someone's change silently.
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { kitInputSchema, type Kit } from '../../../shared/kit.schema';
import { ConfirmAction } from '../../components/ConfirmAction';
import { FormAlert } from '../../components/Field';
import { ApiError } from '../../lib/api-client';
import { NO_ERRORS, type FormErrors } from '../../lib/form-errors';
import { useFocusOnErrors } from '../../lib/use-focus-on-errors';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCreateKit } from './api/create-kit';
import { useDeleteKit } from './api/delete-kit';
import { useDuplicateKit } from './api/duplicate-kit';
import { fetchKit } from './api/get-kit';
import { useUpdateKit } from './api/update-kit';
import { addQuestion, addSection, draftFromKit, draftToInput, emptyDraft, type KitDraft } from './kit-draft';
import { KitDetails, KitTotals } from './KitDetails';
import { KitSectionsBoard } from './KitSectionsBoard';
import { QuestionPicker } from './QuestionPicker';

const snapshot = (draft: KitDraft) => JSON.stringify(draftToInput(draft));

function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const name = issue.path.map(String).join('.');
    const message = issue.message.replace(/^Invalid input: /, '');
    fields[name] ??= /expected number, received NaN/.test(message) ? 'is required' : message;
  }
  return fields;
}

export function KitBuilder({ kit, canWrite, missing = [] }: { kit?: Kit; canWrite: boolean; missing?: string[] }) {
  const [draft, setDraft] = useState<KitDraft>(() => (kit ? draftFromKit(kit) : emptyDraft()));
  const [saved, setSaved] = useState(() => snapshot(draft));
  const [etag, setEtag] = useState(kit?.etag ?? '');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const navigate = useNavigate();
  const create = useCreateKit();
  const update = useUpdateKit();
  const remove = useDeleteKit();
  const duplicate = useDuplicateKit();
  useFocusOnErrors(formRef, errors);
  useDocumentTitle(kit ? kit.name : 'New kit');

  const dirty = snapshot(draft) !== saved;
  const saving = create.isPending || update.isPending;
  // Leaving with unsaved changes asks first (closing the tab, reloading).
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const announce = (message: string) => setAnnouncement((previous) => (previous === message ? `${message} ` : message));
  const change = (next: KitDraft) => {
    setDraft(next);
    if (errors !== NO_ERRORS) setErrors(NO_ERRORS);
  };

  const onSaved = (savedKit: Kit, sent: KitDraft) => {
    setEtag(savedKit.etag);
    setSaved(snapshot(sent));
    setConflict(false);
    announce('Kit saved.');
  };
  const onFailed = (error: Error) => {
    if (error instanceof ApiError && error.status === 412) return setConflict(true);
    const fields = error instanceof ApiError ? Object.fromEntries((error.problem?.errors ?? []).map((e) => [e.name, e.message])) : {};
    setErrors({ fields, message: error.message });
  };

  const save = (overEtag?: string) => {
    const sent = draft;
    const parsed = kitInputSchema.safeParse(draftToInput(sent));
    if (!parsed.success) return setErrors({ fields: fieldErrors(parsed.error.issues), message: 'The kit cannot be saved yet: fix the fields marked below.' });
    setErrors(NO_ERRORS);
    if (!kit) return create.mutate(parsed.data, { onSuccess: (k) => navigate(`/kits/${k.id}`, { replace: true, state: { saved: true } }), onError: onFailed });
    update.mutate({ id: kit.id, etag: overEtag ?? etag, patch: parsed.data }, { onSuccess: (k) => onSaved(k, sent), onError: onFailed });
  };

  const loadSaved = async () => {
    if (!kit) return;
    const current = await fetchKit(kit.id);
    const next = draftFromKit(current);
    setDraft(next);
    setSaved(snapshot(next));
    setEtag(current.etag);
    setConflict(false);
    announce('Loaded the saved version of the kit.');
  };
  const saveOver = async () => {
    if (kit) save((await fetchKit(kit.id)).etag);
  };

  return (
    <main id="main" className="page kit-builder">
      <p className="breadcrumb">
        <Link to="/kits">Kits</Link>
      </p>
      <div className="page-head">
        <h1>{kit ? draft.name.trim() || 'Untitled kit' : 'New kit'}</h1>
        {kit && canWrite && (
          <div className="page-actions">
            <button
              type="button"
              className="button button-small button-secondary"
              disabled={duplicate.isPending}
              title={dirty ? 'Copies the saved version' : undefined}
              onClick={() => duplicate.mutate(kit.id, { onSuccess: (copy) => navigate(`/kits/${copy.id}`, { state: { saved: true } }), onError: onFailed })}
            >
              {duplicate.isPending ? 'Duplicating…' : 'Duplicate'}
            </button>
            <ConfirmAction
              label="Delete kit"
              question="Delete this kit? Interviews already scheduled keep their questions."
              confirmLabel="Delete"
              pending={remove.isPending}
              pendingLabel="Deleting…"
              onConfirm={() => remove.mutate({ id: kit.id, etag }, { onSuccess: () => navigate('/kits', { replace: true }), onError: onFailed })}
            />
          </div>
        )}
      </div>
      {missing.length > 0 && (
        <p className="notice notice-warning">
          The starter kit also names {missing.length === 1 ? 'a question' : `${missing.length} questions`} this bank does not have ({missing.join(', ')}): left out.
        </p>
      )}
      {!canWrite && <p className="notice">Your role can read this kit but not change it.</p>}
      <div className="kit-builder-grid">
        <form
          id="kit-form"
          ref={formRef}
          className="kit-builder-main"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (canWrite) save();
          }}
        >
          <fieldset disabled={!canWrite} className="kit-fieldset">
            <legend className="visually-hidden">Kit</legend>
            <FormAlert message={errors.message} />
            <KitDetails draft={draft} errors={errors.fields} onChange={(patch) => change({ ...draft, ...patch })} />
            <KitTotals draft={draft} />
            <KitSectionsBoard draft={draft} onChange={change} announce={announce} errors={errors.fields} />
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                change(addSection(draft));
                announce(`Added section ${draft.sections.length + 1}.`);
              }}
            >
              Add section
            </button>
          </fieldset>
        </form>
        {canWrite && (
          <aside className="kit-builder-side">
            <QuestionPicker
              draft={draft}
              onAdd={(key, question) => {
                change(addQuestion(draft, key, question));
                announce(`Added “${question.title}” to “${draft.sections.find((s) => s.key === key)?.title ?? 'the section'}”.`);
              }}
            />
          </aside>
        )}
      </div>

      {conflict && (
        <section className="panel panel-warning" role="alert" aria-labelledby="conflict-h">
          <h2 id="conflict-h">Someone else saved this kit after you opened it</h2>
          <p>Your changes are not saved. Load the saved version (your changes here are dropped), or save yours over it.</p>
          <div className="page-actions">
            <button type="button" className="button button-secondary" onClick={() => void loadSaved().catch(onFailed)}>
              Load the saved version
            </button>
            <button type="button" className="button" onClick={() => void saveOver().catch(onFailed)}>
              Save mine over it
            </button>
          </div>
        </section>
      )}

      {canWrite && (
        <div className="kit-savebar">
          <p className="kit-savebar-status small" aria-hidden="true">
            {saving ? 'Saving…' : dirty ? 'Unsaved changes' : kit ? 'All changes saved' : 'Not saved yet'}
          </p>
          <div className="page-actions">
            <button type="submit" form="kit-form" className="button" disabled={saving}>
              {saving ? 'Saving…' : kit ? 'Save kit' : 'Create kit'}
            </button>
          </div>
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="kit-announcer">
        {announcement}
      </p>
    </main>
  );
}
