import type { AuditEvent } from '../../../../shared/auth.schema';
import { Time } from '../../../components/Time';

/** Details as short "key: value" pairs; nested values as compact JSON. */
function detailText(details: AuditEvent['details']): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ');
}

function Actor({ event }: { event: AuditEvent }) {
  if (!event.actor) return <span className="muted">{event.tokenId ? 'An API token' : 'No one signed in'}</span>;
  return (
    <>
      {event.actor.name}
      {event.tokenId && <span className="muted small"> via API token</span>}
      <br />
      <span className="muted small">{event.actor.email}</span>
    </>
  );
}

export function AuditTable({ events }: { events: AuditEvent[] }) {
  return (
    <div className="table-wrap" role="region" aria-label="Audit events" tabIndex={0}>
      <table className="data-table audit-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">IP address</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>
                <Time iso={e.at} />
              </td>
              <td>
                <Actor event={e} />
              </td>
              <td>
                <code>{e.action}</code>
              </td>
              <td>{e.targetType ? `${e.targetType}${e.targetId ? ` ${e.targetId}` : ''}` : <span className="muted">—</span>}</td>
              <td>{e.ip ?? <span className="muted">—</span>}</td>
              <td className="cell-details small">{detailText(e.details) || <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
