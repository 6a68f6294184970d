// POST /api/v1/kits/assemble: constraints in, a proposal with a reason per pick out. Nothing is saved.
import { useMutation } from '@tanstack/react-query';
import { assembledKitSchema, type AssembleKitBody } from '../../../../shared/kit.schema';
import { apiSend } from '../../../lib/api-client';

export function useAssembleKit() {
  return useMutation({ mutationFn: (body: AssembleKitBody) => apiSend('POST', '/api/v1/kits/assemble', body, assembledKitSchema) });
}
