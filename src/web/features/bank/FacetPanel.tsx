import type { Facets } from '../../../shared/question-list.schema';
import { typeLabel } from '../../components/Badge';
import type { FacetKey } from './use-bank-filters';

const GROUPS: { key: FacetKey; title: string; label?: (v: string) => string }[] = [
  { key: 'category', title: 'Category' },
  { key: 'difficulty', title: 'Difficulty' },
  { key: 'type', title: 'Type', label: typeLabel },
  { key: 'tag', title: 'Tags' },
];

interface Props {
  facets: Facets | undefined;
  chosen: Record<FacetKey, string[]>;
  onToggle: (key: FacetKey, value: string) => void;
}

export function FacetPanel({ facets, chosen, onToggle }: Props) {
  return (
    <div className="facets">
      {GROUPS.map(({ key, title, label }) => {
        const values = facets?.[key] ?? [];
        return (
          <fieldset key={key} className={`facet-group facet-${key}`}>
            <legend>{title}</legend>
            {values.length === 0 && <p className="muted small">None</p>}
            <ul>
              {values.map(({ value, count }) => {
                const checked = chosen[key].includes(value);
                const id = `facet-${key}-${value.replace(/[^a-z0-9]+/gi, '-')}`;
                return (
                  <li key={value}>
                    <input id={id} type="checkbox" checked={checked} disabled={!checked && count === 0} onChange={() => onToggle(key, value)} />
                    <label htmlFor={id}>
                      <span className="facet-label">{label ? label(value) : value}</span>
                      <span className="facet-count" aria-label={`${count} questions`}>
                        {count}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}
