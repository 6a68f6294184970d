// PATCH /api/v1/members/:id {role}. 409 last_owner when it would leave the workspace without one.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { memberSchema, type Role } from '../../../../shared/auth.schema';
import { apiSend } from '../../../lib/api-client';
import { ME_KEY } from '../../../lib/session';
import { MEMBERS_KEY } from './list-members';

export function useUpdateMemberRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, role }: { id: string; role: Role }) => apiSend('PATCH', `/api/v1/members/${encodeURIComponent(id)}`, { role }, memberSchema),
    // The change may be your own role, and with it what you may do.
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: MEMBERS_KEY }), client.invalidateQueries({ queryKey: ME_KEY })]),
  });
}
