// The constraints of an assembled kit: duration and reserved time, level (the difficulty mix),
// breadth, types, tags, and optionally a candidate whose past questions to leave out.
import { useId, useState } from 'react';
import { KIT_LEVELS, type AssembleKitBody } from '../../../shared/kit.schema';
import { QUESTION_TYPES } from '../../../shared/question.schema';
import { typeLabel } from '../../components/Badge';
import { TextField } from '../../components/Field';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useCandidateSearch } from './api/search-candidates';

const LEVEL_TEXT = { junior: 'Junior: mostly easy and medium', mid: 'Mid-level: mostly medium', senior: 'Senior: medium and hard' } as const;
const tagList = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);

interface Props {
  initialCandidateId?: string;
  canSearchCandidates: boolean;
  pending: boolean;
  onSubmit: (body: AssembleKitBody) => void;
}

export function AssembleForm({ initialCandidateId, canSearchCandidates, pending, onSubmit }: Props) {
  const id = useId();
  const [minutes, setMinutes] = useState('60');
  const [reserve, setReserve] = useState('10');
  const [level, setLevel] = useState<(typeof KIT_LEVELS)[number]>('mid');
  const [minCategories, setMinCategories] = useState('3');
  const [types, setTypes] = useState<string[]>([]);
  const [include, setInclude] = useState('');
  const [exclude, setExclude] = useState('');
  const [candidate, setCandidate] = useState<{ id: string; name: string } | null>(initialCandidateId ? { id: initialCandidateId, name: 'the candidate in the link' } : null);
  const [error, setError] = useState<string>();

  const submit = () => {
    const total = Number(minutes);
    if (!Number.isInteger(total) || total < 5 || total > 600) return setError('Duration must be a whole number of minutes from 5 to 600.');
    setError(undefined);
    onSubmit({
      minutes: total,
      reserveMinutes: Math.max(0, Math.min(120, Number(reserve) || 0)),
      level,
      minCategories: Math.max(0, Math.min(20, Number(minCategories) || 0)),
      types: types as AssembleKitBody['types'],
      includeTags: tagList(include),
      excludeTags: tagList(exclude),
      ...(candidate ? { candidateId: candidate.id } : {}),
    });
  };

  return (
    <form
      className="panel form"
      noValidate
      aria-label="Constraints"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="form-grid">
        <TextField label="Duration (min)" type="number" inputMode="numeric" min={5} max={600} value={minutes} error={error} onChange={(e) => setMinutes(e.target.value)} />
        <TextField label="Kept free (min)" hint="Introductions and the candidate's questions" type="number" min={0} max={120} value={reserve} onChange={(e) => setReserve(e.target.value)} />
        <TextField label="At least this many categories" type="number" min={0} max={20} value={minCategories} onChange={(e) => setMinCategories(e.target.value)} />
      </div>
      <fieldset className="choice-group">
        <legend className="field-label">Level</legend>
        {KIT_LEVELS.map((l) => (
          <label key={l} className="choice">
            <input type="radio" name={`${id}-level`} value={l} checked={level === l} onChange={() => setLevel(l)} /> {LEVEL_TEXT[l]}
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-group">
        <legend className="field-label">Types</legend>
        <p className="field-hint">None chosen: every type.</p>
        {QUESTION_TYPES.map((t) => (
          <label key={t} className="choice">
            <input type="checkbox" checked={types.includes(t)} onChange={(e) => setTypes((old) => (e.target.checked ? [...old, t] : old.filter((x) => x !== t)))} /> {typeLabel(t)}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <TextField label="Only with these tags" hint="Comma-separated; empty for any" value={include} onChange={(e) => setInclude(e.target.value)} autoComplete="off" />
        <TextField label="Never with these tags" hint="Comma-separated" value={exclude} onChange={(e) => setExclude(e.target.value)} autoComplete="off" />
      </div>
      {canSearchCandidates && <CandidateChoice chosen={candidate} onChoose={setCandidate} />}
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Assembling…' : 'Assemble'}
        </button>
      </div>
    </form>
  );
}

function CandidateChoice({ chosen, onChoose }: { chosen: { id: string; name: string } | null; onChoose: (c: { id: string; name: string } | null) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text, 200);
  const search = useCandidateSearch(q, { enabled: !chosen && q.trim().length > 0 });
  if (chosen)
    return (
      <p className="chosen-candidate">
        Leaving out the questions already asked of <strong>{chosen.name}</strong>.{' '}
        <button type="button" className="link-button" onClick={() => onChoose(null)}>
          Choose another candidate or none
        </button>
      </p>
    );
  return (
    <div className="field">
      <label htmlFor={`${id}-c`} className="field-label">
        Candidate <span className="muted small">(optional)</span>
      </label>
      <p id={`${id}-c-hint`} className="field-hint">
        Leave out every question this candidate was already asked.
      </p>
      <input id={`${id}-c`} className="input" type="search" aria-describedby={`${id}-c-hint`} value={text} onChange={(e) => setText(e.target.value)} placeholder="Search by name" autoComplete="off" />
      {search.isError && <p className="field-error">Candidates could not be searched: {search.error.message}</p>}
      {search.data && q.trim() && (
        <ul className="picker-results" aria-label="Matching candidates">
          {search.data.items.length === 0 && <li className="muted small">No candidate matches “{q}”.</li>}
          {search.data.items.map((c) => (
            <li key={c.id} className="picker-result">
              <span className="picker-result-main">
                {c.name} {c.roleApplied && <span className="muted small">· {c.roleApplied}</span>}
              </span>
              <button type="button" className="button button-small button-secondary" aria-label={`Choose ${c.name}`} onClick={() => onChoose({ id: c.id, name: c.name })}>
                Choose
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
