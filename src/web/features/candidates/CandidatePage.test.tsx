import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, meFixture, problem, stubApi } from '../../test/api-stub';
import { renderAt, testQueryClient } from '../../test/render';
import { CandidatePage } from './CandidatePage';
import { CANDIDATE_ID, candidateFixture, pdfCv, stubXhr } from './test-fixtures';

afterEach(() => vi.unstubAllGlobals());

const URL_ = `/api/v1/candidates/${CANDIDATE_ID}`;
const WRITER = meFixture({ permissions: ['candidate.read', 'candidate.write', 'interview.schedule'] });
const VIEWER = meFixture({ role: 'viewer', permissions: ['candidate.read'] });
const etag = (v: number) => `"v${v}-000000000000000${v}"`;

function renderCandidate(me = WRITER) {
  const client = testQueryClient();
  client.setQueryData(['me'], me);
  return renderAt(<CandidatePage />, { at: `/candidates/${CANDIDATE_ID}`, path: '/candidates/:id', client });
}

describe('CandidatePage', () => {
  it('shows the candidate, their CV with the extracted text folded away, and a link to schedule an interview', async () => {
    stubApi({ [`GET ${URL_}`]: json(200, candidateFixture({ cv: pdfCv(), cvText: 'COBOL and compilers' }), { etag: etag(1) }) });
    renderCandidate();
    expect(await screen.findByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeTruthy();
    expect(screen.getByText('Met at the conference.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download CV' }).getAttribute('href')).toBe(`${URL_}/cv`);
    const preview = screen.getByText(/Text read from the CV \(19 characters\)/).closest('details')!;
    expect(preview.open).toBe(false);
    expect(within(preview).getByText('COBOL and compilers')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Schedule an interview' }).getAttribute('href')).toBe(`/interviews/new?candidate=${CANDIDATE_ID}`);
  });

  it('says when no text could be read from the CV', async () => {
    stubApi({ [`GET ${URL_}`]: json(200, candidateFixture({ cv: pdfCv(false) }), { etag: etag(1) }) });
    renderCandidate();
    expect(await screen.findByText(/No text could be read from this file; it may be a scan/)).toBeTruthy();
    expect(screen.queryByText(/Text read from the CV/)).toBeNull();
  });

  it('gives a viewer the download but no way to change anything', async () => {
    stubApi({ [`GET ${URL_}`]: json(200, candidateFixture({ cv: pdfCv(), cvText: 'x' }), { etag: etag(1) }) });
    renderCandidate(VIEWER);
    await screen.findByRole('heading', { level: 1, name: 'Grace Hopper' });
    expect(screen.getByRole('link', { name: 'Download CV' })).toBeTruthy();
    for (const name of ['Edit details', 'Remove CV', 'Delete candidate']) expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.queryByLabelText('Status')).toBeNull();
    expect(screen.queryByLabelText(/Upload a CV|Replace the CV/)).toBeNull();
    expect(screen.queryByRole('link', { name: 'Schedule an interview' })).toBeNull();
  });

  it('edits the details with If-Match and shows the saved version', async () => {
    const api = stubApi({
      [`GET ${URL_}`]: json(200, candidateFixture(), { etag: etag(1) }),
      [`PATCH ${URL_}`]: (r) => json(200, candidateFixture({ ...(r.body as object), version: 2 }), { etag: etag(2) }),
    });
    renderCandidate();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit details' }));
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'Strong on compilers.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Strong on compilers.')).toBeTruthy();
    const patch = api.requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('if-match')).toBe(etag(1));
    expect(patch.body).toMatchObject({ notes: 'Strong on compilers.', name: 'Grace Hopper' });
  });

  it('on a conflict keeps the edit unsaved, says so, and loads the latest version on request', async () => {
    let reads = 0;
    const api = stubApi({
      [`GET ${URL_}`]: () => (++reads === 1 ? json(200, candidateFixture(), { etag: etag(1) }) : json(200, candidateFixture({ notes: 'Changed by Bo.', version: 2 }), { etag: etag(2) })),
      [`PATCH ${URL_}`]: problem(412, 'precondition_failed', 'This was changed since you read it.'),
    });
    renderCandidate();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit details' }));
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'My edit' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Someone else changed this candidate/);
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('My edit');
    fireEvent.click(within(alert).getByRole('button', { name: 'Load the latest version' }));
    await waitFor(() => expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('Changed by Bo.'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(api.requests.filter((r) => r.method === 'GET')).toHaveLength(2);
  });

  it('changes the status in place with If-Match', async () => {
    const api = stubApi({
      [`GET ${URL_}`]: json(200, candidateFixture(), { etag: etag(1) }),
      [`PATCH ${URL_}`]: json(200, candidateFixture({ status: 'offer', version: 2 }), { etag: etag(2) }),
    });
    renderCandidate();
    fireEvent.change(await screen.findByLabelText('Status'), { target: { value: 'offer' } });
    expect(await screen.findByText('Status saved.')).toBeTruthy();
    expect(screen.getAllByText('Offer made').length).toBeGreaterThan(0);
    const patch = api.requests.find((r) => r.method === 'PATCH')!;
    expect([patch.body, patch.headers.get('if-match')]).toEqual([{ status: 'offer' }, etag(1)]);
  });

  it('uploads a CV with progress, then shows it and what was read', async () => {
    const uploads = stubXhr();
    stubApi({ [`GET ${URL_}`]: json(200, candidateFixture(), { etag: etag(1) }) });
    renderCandidate();
    const input = await screen.findByLabelText('Upload a CV');
    const file = new File(['%PDF-1.4 …'], 'grace.pdf', { type: 'application/pdf' });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() => expect(uploads).toHaveLength(1));
    const upload = uploads[0]!;
    expect([upload.method, upload.url, upload.headers['if-match']]).toEqual(['PUT', `${URL_}/cv`, etag(1)]);
    expect((upload.body.get('file') as File).name).toBe('grace.pdf');
    upload.progress(50, 100);
    expect(await screen.findByText('Uploading… 50%')).toBeTruthy();
    expect((screen.getByLabelText('Upload progress') as HTMLProgressElement).value).toBe(0.5);
    upload.respond(200, candidateFixture({ version: 2, cv: pdfCv(), cvText: 'Grace Hopper, COBOL' }), { ETag: etag(2) });
    expect(await screen.findByText('CV uploaded; 19 characters of text read.')).toBeTruthy();
    expect(screen.getByText('Grace Hopper CV.pdf')).toBeTruthy();
    expect(screen.getByLabelText('Replace the CV')).toBeTruthy();
  });

  it("shows the server's reason when it refuses a file, and refuses an oversized one before sending it", async () => {
    const uploads = stubXhr();
    stubApi({ [`GET ${URL_}`]: json(200, candidateFixture(), { etag: etag(1) }) });
    renderCandidate();
    const input = await screen.findByLabelText('Upload a CV');
    fireEvent.change(input, { target: { files: [new File(['png'], 'photo.pdf')] } });
    await waitFor(() => expect(uploads).toHaveLength(1));
    const detail = '“photo.pdf” is a PNG image. Upload the CV as a PDF, a Word document (.docx), or a plain-text or markdown file.';
    uploads[0]!.respond(415, { type: 'urn:candor:problem:unsupported-media-type', title: 'Unsupported media type', status: 415, detail, code: 'unsupported_media_type', requestId: 'r1' });
    expect((await screen.findByRole('alert')).textContent).toBe(detail);

    const big = new File(['x'], 'huge.pdf');
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    fireEvent.change(input, { target: { files: [big] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/“huge.pdf” is 11 MB; a CV can be at most 10 MB/);
    expect(uploads).toHaveLength(1);
  });

  it('asks before deleting, and says why the server refused', async () => {
    const api = stubApi({
      [`GET ${URL_}`]: json(200, candidateFixture(), { etag: etag(1) }),
      [`DELETE ${URL_}`]: problem(409, 'invalid_state', 'This candidate has 1 interview scheduled or in progress. Cancel it before deleting the candidate.'),
    });
    renderCandidate();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete candidate' }));
    expect(api.requests.some((r) => r.method === 'DELETE')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/1 interview scheduled/);
    expect(api.requests.find((r) => r.method === 'DELETE')!.headers.get('if-match')).toBe(etag(1));
  });

  it('says when the candidate does not exist', async () => {
    stubApi({ [`GET ${URL_}`]: problem(404, 'not_found', 'No candidate has that id.') });
    renderCandidate();
    expect(await screen.findByRole('heading', { name: 'No such candidate' })).toBeTruthy();
  });
});
