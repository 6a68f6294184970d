// /interviews/new?candidate=<id>: schedule a candidate with a kit and one or more interviewers.
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { scheduleInterviewSchema } from '../../../../shared/interview.schema';
import { FormAlert, SelectField, TextField } from '../../../components/Field';
import { ErrorState, Spinner } from '../../../components/States';
import { describeFormError, hasErrors, NO_ERRORS, validateFields, type FormErrors } from '../../../lib/form-errors';
import { useMe } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFocusOnErrors } from '../../../lib/use-focus-on-errors';
import { useCandidateOption, useCandidateOptions } from '../api/list-candidates';
import { useKits } from '../api/list-kits';
import { useMembers } from '../api/list-members';
import { useScheduleInterview } from '../api/schedule-interview';
import { fromLocalInput, nextFullHour, toLocalInput } from './datetime-local';
import { InterviewerPicker } from './InterviewerPicker';

// Notes is optional, so it is not among the labelled fields validateFields calls required.
const LABELS = { candidateId: 'Candidate', kitId: 'Kit', interviewerIds: 'Interviewers', scheduledAt: 'When' };
const NOTES_LABEL = 'Notes for the interviewers';

export function ScheduleInterviewPage() {
  useDocumentTitle('Schedule an interview');
  const [params] = useSearchParams();
  const preselected = params.get('candidate');
  const navigate = useNavigate();
  const { data: me } = useMe();
  const candidates = useCandidateOptions();
  const named = useCandidateOption(preselected);
  const kits = useKits();
  const members = useMembers();
  const schedule = useScheduleInterview();

  const [candidateId, setCandidateId] = useState(preselected ?? '');
  const [kitId, setKitId] = useState('');
  const [interviewerIds, setInterviewerIds] = useState<string[]>([]);
  const [when, setWhen] = useState(() => toLocalInput(nextFullHour()));
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOnErrors(formRef, errors);

  const candidateOptions = [...(candidates.data?.items ?? [])];
  if (named.data && !candidateOptions.some((c) => c.id === named.data.id)) candidateOptions.unshift(named.data);
  const loadError = candidates.error ?? kits.error ?? members.error;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const scheduledAt = fromLocalInput(when);
    const body = { candidateId, kitId, interviewerIds, scheduledAt: scheduledAt ?? '', notes };
    const checked = validateFields(scheduleInterviewSchema, body, LABELS);
    if (!scheduledAt) checked.fields.scheduledAt = 'When must be a date and time';
    setErrors(checked);
    if (hasErrors(checked)) return;
    schedule.mutate(body, {
      onSuccess: (interview) => {
        const mine = interview.interviewers.some((p) => p.userId === me?.user.id);
        navigate(mine ? `/interviews/${interview.id}/live` : '/interviews', { state: { scheduled: interview.candidate.name } });
      },
      onError: (error) => setErrors(describeFormError(error, LABELS)),
    });
  };

  return (
    <main id="main" className="page narrow">
      <p className="breadcrumb">
        <Link to="/interviews">← Interviews</Link>
      </p>
      <h1>Schedule an interview</h1>
      {loadError ? (
        <ErrorState error={loadError} onRetry={() => void Promise.all([candidates.refetch(), kits.refetch(), members.refetch()])} />
      ) : candidates.isPending || kits.isPending || members.isPending ? (
        <Spinner label="Loading candidates, kits and members" />
      ) : (
        <form ref={formRef} className="form panel" onSubmit={submit} noValidate>
          <FormAlert message={errors.message} />
          <div className="form-grid">
            <SelectField label={LABELS.candidateId} value={candidateId} onChange={(e) => setCandidateId(e.target.value)} error={errors.fields.candidateId}>
              <option value="">Choose a candidate</option>
              {candidateOptions.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                  {c.roleApplied ? ` — ${c.roleApplied}` : ''}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={LABELS.kitId}
              value={kitId}
              onChange={(e) => setKitId(e.target.value)}
              error={errors.fields.kitId}
              hint={kits.data?.items.length ? 'The questions are copied when you schedule, so later kit edits do not change this interview.' : 'No kits yet: build one on the Kits page first.'}
            >
              <option value="">Choose a kit</option>
              {kits.data?.items.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.name} — {k.questionCount} questions, {k.minutes} min
                </option>
              ))}
            </SelectField>
          </div>
          <InterviewerPicker members={members.data ?? []} selected={interviewerIds} onChange={setInterviewerIds} error={errors.fields.interviewerIds} meId={me?.user.id} />
          <TextField label={LABELS.scheduledAt} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} error={errors.fields.scheduledAt} hint="In your time zone." />
          <div className="field">
            <label className="field-label" htmlFor="schedule-notes">
              {NOTES_LABEL}
            </label>
            <textarea id="schedule-notes" className="input textarea" rows={3} maxLength={5000} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </div>
          <div>
            <button type="submit" className="button" disabled={schedule.isPending}>
              {schedule.isPending ? 'Scheduling…' : 'Schedule interview'}
            </button>
          </div>
        </form>
      )}
    </main>
  );
}
