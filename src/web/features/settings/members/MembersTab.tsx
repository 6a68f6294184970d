import { useMe } from '../../../lib/session';
import { EmptyState, ErrorState, SkeletonList } from '../../../components/States';
import { useMembers } from '../api/list-members';
import { InvitationList } from './InvitationList';
import { InviteForm } from './InviteForm';
import { MemberRow } from './MemberRow';

export function MembersTab() {
  const members = useMembers();
  const { data: me } = useMe();
  const items = members.data ?? [];

  return (
    <>
      <section className="panel" aria-labelledby="members-h">
        <h2 id="members-h">Members{members.data ? ` (${items.length})` : ''}</h2>
        {members.isPending ? (
          <SkeletonList rows={3} />
        ) : members.isError ? (
          <ErrorState error={members.error} onRetry={() => members.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState title="No members yet">Invite people below.</EmptyState>
        ) : (
          <div className="table-wrap" role="region" aria-label="Members table" tabIndex={0}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Joined</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((m) => (
                  <MemberRow key={m.id} member={m} isYou={m.userId === me?.user.id} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <InviteForm />
      <InvitationList />
    </>
  );
}
