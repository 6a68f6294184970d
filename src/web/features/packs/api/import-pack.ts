// POST /api/v1/packs/import: preview (dry run) and apply, as mutations.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importReportSchema } from '../../../../shared/pack.schema';
import { apiPostForm } from '../../../lib/api-client';

export function importPackRequest(file: File, dryRun: boolean) {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiPostForm(`/api/v1/packs/import${dryRun ? '?dryRun=true' : ''}`, form, importReportSchema);
}

export function useImportPack() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => importPackRequest(file, dryRun),
    onSuccess: (report) => {
      if (!report.dryRun) void client.invalidateQueries({ queryKey: ['questions'] });
    },
  });
}
