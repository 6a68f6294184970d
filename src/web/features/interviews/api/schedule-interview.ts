// POST /api/v1/interviews: schedules a candidate with a kit and interviewers (interview.schedule).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { interviewSchema, type ScheduleInterviewInput } from '../../../../shared/interview.schema';
import { apiSend } from '../../../lib/api-client';
import { INTERVIEWS_KEY } from './list-interviews';

export function useScheduleInterview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ScheduleInterviewInput) => apiSend('POST', '/api/v1/interviews', input, interviewSchema),
    onSuccess: () => client.invalidateQueries({ queryKey: INTERVIEWS_KEY }),
  });
}
