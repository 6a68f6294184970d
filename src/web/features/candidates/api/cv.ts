// PUT /api/v1/candidates/:id/cv (with upload progress, which fetch cannot report) and DELETE of it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { candidateSchema } from '../../../../shared/candidate.schema';
import { problemSchema } from '../../../../shared/problem.schema';
import { ApiError, apiFetch } from '../../../lib/api-client';
import { candidateKey, readVersioned, type VersionedCandidate } from './get-candidate';
import { CANDIDATES_KEY, isCandidateList } from './list-candidates';

export const cvDownloadUrl = (id: string) => `/api/v1/candidates/${encodeURIComponent(id)}/cv`;

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** Uploads with XMLHttpRequest, reporting progress from 0 to 1; fails with an ApiError as fetch calls do. */
export function uploadCv(id: string, etag: string, file: File, onProgress: (fraction: number) => void): Promise<VersionedCandidate> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', cvDownloadUrl(id));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('if-match', etag);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = candidateSchema.safeParse(body);
        if (parsed.success) resolve({ candidate: parsed.data, etag: xhr.getResponseHeader('etag') ?? '' });
        else reject(new ApiError(xhr.status, undefined));
        return;
      }
      const problem = problemSchema.safeParse(body);
      reject(new ApiError(xhr.status, problem.success ? problem.data : undefined));
    };
    xhr.onerror = () => reject(new ApiError(0, undefined));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

function useStoreResult(id: string) {
  const client = useQueryClient();
  return (updated: VersionedCandidate) => {
    client.setQueryData(candidateKey(id), updated);
    void client.invalidateQueries({ queryKey: CANDIDATES_KEY, predicate: isCandidateList });
  };
}

export function useUploadCv(id: string, onProgress: (fraction: number) => void) {
  const store = useStoreResult(id);
  return useMutation({
    mutationFn: ({ etag, file }: { etag: string; file: File }) => uploadCv(id, etag, file, onProgress),
    onSuccess: store,
  });
}

export function useRemoveCv(id: string) {
  const store = useStoreResult(id);
  return useMutation({
    mutationFn: async (etag: string) => readVersioned(await apiFetch(cvDownloadUrl(id), { method: 'DELETE', headers: { 'if-match': etag } })),
    onSuccess: store,
  });
}
