// Candidates shaped like the server's answers, and a stand-in for XMLHttpRequest (the upload's
// network boundary, which the fetch stub cannot see), for this feature's component tests.
import { vi } from 'vitest';
import type { Candidate, CandidateList, CandidateSummary } from '../../../shared/candidate.schema';

export const CANDIDATE_ID = '00000000-0000-4000-8000-0000000000c1';

export function candidateFixture(overrides: Partial<Candidate> = {}): Candidate {
  return {
    id: CANDIDATE_ID,
    name: 'Grace Hopper',
    email: 'grace@example.com',
    roleApplied: 'Compiler engineer',
    notes: 'Met at the conference.',
    status: 'active',
    version: 1,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    cv: null,
    cvText: '',
    ...overrides,
  };
}

export const pdfCv = (textExtracted = true): Candidate['cv'] => ({
  filename: 'Grace Hopper CV.pdf',
  kind: 'pdf',
  mediaType: 'application/pdf',
  size: 48_213,
  uploadedAt: '2026-01-05T11:00:00.000Z',
  textExtracted,
});

export function summary(name: string, i: number, overrides: Partial<CandidateSummary> = {}): CandidateSummary {
  return {
    id: `00000000-0000-4000-8000-00000000010${i}`,
    name,
    email: `${name.split(' ')[0]!.toLowerCase()}@example.com`,
    roleApplied: 'Backend developer',
    status: 'active',
    version: 1,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    hasCv: false,
    snippet: null,
    ...overrides,
  };
}

export function candidateList(items: CandidateSummary[], overrides: Partial<CandidateList> = {}): CandidateList {
  const statusCounts = { active: 0, offer: 0, hired: 0, rejected: 0, withdrawn: 0 };
  for (const item of items) statusCounts[item.status]++;
  return { items, total: items.length, statusCounts, nextCursor: null, ...overrides };
}

/** One upload seen by the stand-in XMLHttpRequest; the test moves it along and answers it. */
export interface FakeUpload {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: FormData;
  progress(loaded: number, total: number): void;
  respond(status: number, body: unknown, headers?: Record<string, string>): void;
}

export function stubXhr(): FakeUpload[] {
  const uploads: FakeUpload[] = [];
  class FakeXhr {
    upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    status = 0;
    responseText = '';
    private method = '';
    private url = '';
    private headers: Record<string, string> = {};
    private responseHeaders: Record<string, string> = {};
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value;
    }
    getResponseHeader(name: string) {
      return this.responseHeaders[name.toLowerCase()] ?? null;
    }
    send(body: FormData) {
      uploads.push({
        method: this.method,
        url: this.url,
        headers: this.headers,
        body,
        progress: (loaded, total) => this.upload.onprogress?.({ lengthComputable: true, loaded, total }),
        respond: (status, response, headers = {}) => {
          this.status = status;
          this.responseText = JSON.stringify(response);
          this.responseHeaders = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
          this.onload?.();
        },
      });
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return uploads;
}
