import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Calibration } from '../../../shared/interview.schema';
import { json, stubApi } from '../../test/api-stub';
import { renderAt } from '../../test/render';
import { CalibrationPage } from './CalibrationPage';

afterEach(() => vi.unstubAllGlobals());

const KIT = '00000000-0000-4000-8000-0000000000d1';
const kits = { items: [{ id: KIT, name: 'Backend 60', description: '', minutes: 60, origin: null, version: 1, plannedMinutes: 50, questionCount: 4, warnings: [], createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', sectionCount: 5 }] };
const agreement = { alpha: 0.71, icc: 0.64, iccInterval: [0.31, 0.85] as [number, number], units: 8, raters: 2 };

function calibration(overrides: Partial<Calibration> = {}): Calibration {
  return {
    teamMean: 3.2,
    interviewers: [
      { userId: 'u1', name: 'Ann', scorecards: 3, ratings: 12, mean: 3.6, leniency: 0.4, spread: 0.9 },
      { userId: 'u2', name: 'Bo', scorecards: 3, ratings: 12, mean: 2.8, leniency: -0.4, spread: 0.3 },
    ],
    questions: [{ questionId: 'q1', slug: 'api-idempotency-keys', title: 'Idempotency keys', timesAsked: 14, mean: 3.1, variance: 1.2, discrimination: 0.55, leakRisk: true }],
    agreement: { ...agreement, perKit: [{ ...agreement, kitName: 'Backend 60' }] },
    withheldCandidates: 1,
    ...overrides,
  };
}

describe('CalibrationPage', () => {
  it('shows agreement, leniency and question statistics, each in words and in a table', async () => {
    stubApi({ 'GET /api/v1/analytics/calibration': json(200, calibration()), 'GET /api/v1/kits': json(200, kits) });
    renderAt(<CalibrationPage />, { at: '/calibration', path: '/calibration' });
    expect(await screen.findByRole('heading', { name: 'Agreement between interviewers' })).toBeTruthy();
    expect(screen.getAllByText('0.71')).toHaveLength(2); // overall and for the one kit
    expect(screen.getByText(/tentative agreement/)).toBeTruthy();
    expect(screen.getByText(/95% interval 0.31 to 0.85/)).toBeTruthy();
    const people = screen.getByRole('table', { name: 'Interviewers: the numbers behind both charts' });
    const ann = within(people).getByRole('row', { name: /Ann/ });
    expect(within(ann).getByText(/\+0.40/)).toBeTruthy();
    expect(within(ann).getByText('more lenient than the team')).toBeTruthy();
    expect(within(people).getByText('stricter than the team')).toBeTruthy();
    const questions = screen.getByRole('table', { name: 'Statistics per question' });
    expect(within(questions).getByRole('link', { name: 'Idempotency keys' }).getAttribute('href')).toBe('/questions/api-idempotency-keys');
    expect(within(questions).getByText('May have leaked')).toBeTruthy();
    expect(screen.getByText(/1 candidate is left out until you submit/)).toBeTruthy();
    // Every chart is described by the table with its numbers.
    for (const img of screen.getAllByRole('img')) expect(img.getAttribute('aria-describedby')).toBe('interviewer-table-cap');
  });

  it('narrows to one kit through the address and says when there is too little to compute', async () => {
    const api = stubApi({
      'GET /api/v1/analytics/calibration': (r) => json(200, r.search.includes(KIT) ? calibration({ interviewers: [{ userId: 'u1', name: 'Ann', scorecards: 1, ratings: 4, mean: 3, leniency: 0, spread: 0.5 }], withheldCandidates: 0 }) : calibration()),
      'GET /api/v1/kits': json(200, kits),
    });
    renderAt(<CalibrationPage />, { at: '/calibration', path: '/calibration' });
    await screen.findByRole('heading', { name: 'Agreement between interviewers' });
    await screen.findByRole('option', { name: 'Backend 60' });
    fireEvent.change(screen.getByLabelText('Kit'), { target: { value: KIT } });
    expect(await screen.findByText('Too few scorecards to calibrate')).toBeTruthy();
    expect(screen.getByText(/Only one submitted scorecard for this kit/)).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe(`/calibration?kit=${KIT}`);
    await waitFor(() => expect(api.requests.some((r) => r.search === `?kitId=${KIT}`)).toBe(true));
  });
});
