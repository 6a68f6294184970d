// For tests: the caller's scorecard endpoint as the server behaves (written independently of the
// code under test), behind stubApi at the network boundary. It honours If-Match (428 without, 412
// when stale), merges items by position, bumps its version, takes submissions once per
// Idempotency-Key, can go offline, can be changed "from another device", and can hold answers back.
import type { Scorecard, ScorecardPatch } from '../../../shared/interview.schema';
import { json, problem, stubApi, type RecordedRequest } from '../../test/api-stub';

type Reply = Parameters<typeof stubApi>[0][string];

export function fakeScorecardEndpoint(initial: Scorecard, { interviewId = 'i1', routes = {} as Record<string, Reply> } = {}) {
  const path = `/api/v1/interviews/${interviewId}/scorecards/mine`;
  let card = initial;
  let offline = false;
  let held: (() => void)[] | null = null;
  let inFlight = 0;
  let maxInFlight = 0;
  const submissions = new Map<string, Scorecard>();
  const etag = () => `"v${card.version}-0123456789abcdef"`;
  const merge = (patch: ScorecardPatch) => {
    const items = card.items.map((i) => ({ ...i }));
    for (const change of patch.items ?? []) {
      const at = items.findIndex((i) => i.position === change.position);
      const merged = { ...(items[at] ?? { position: change.position, score: null, notAsked: false, keyPoints: [], notes: '' }), ...change };
      if (at >= 0) items[at] = merged;
      else items.push(merged);
    }
    card = {
      ...card,
      items,
      recommendation: patch.recommendation !== undefined ? patch.recommendation : card.recommendation,
      summary: patch.summary ?? card.summary,
      version: card.version + 1,
      updatedAt: new Date().toISOString(),
    };
  };
  const guard = async (answer: () => Response) => {
    if (offline) throw new TypeError('Failed to fetch');
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    if (held) await new Promise<void>((release) => held!.push(release));
    inFlight -= 1;
    return answer();
  };
  const api = stubApi({
    ...routes,
    [`GET ${path}`]: () => guard(() => json(200, card, { etag: etag() })),
    [`PATCH ${path}`]: (request: RecordedRequest) =>
      guard(() => {
        const ifMatch = request.headers.get('if-match');
        if (!ifMatch) return problem(428, 'precondition_required', 'Send If-Match.');
        if (ifMatch !== etag()) return problem(412, 'precondition_failed', 'Changed since you read it.', {}, { etag: etag() });
        if (card.status === 'submitted') return problem(409, 'invalid_state', 'This scorecard is submitted.');
        merge(request.body as ScorecardPatch);
        return json(200, card, { etag: etag() });
      }),
    [`POST ${path}/submit`]: (request: RecordedRequest) =>
      guard(() => {
        const key = request.headers.get('idempotency-key');
        if (!key) return problem(428, 'precondition_required', 'Send an Idempotency-Key header.');
        const replay = submissions.get(key);
        if (replay) return json(200, replay, { etag: etag(), 'idempotent-replayed': 'true' });
        if (card.status === 'submitted') return problem(409, 'invalid_state', 'This scorecard was already submitted.');
        const open = card.items.filter((i) => i.score === null && !i.notAsked);
        const errors = open.map((i) => ({ in: 'body', name: `items.${i.position}`, message: `question ${i.position + 1} has no score and is not marked "not asked"` }));
        if (!card.recommendation) errors.push({ in: 'body', name: 'recommendation', message: 'choose an overall recommendation' });
        if (errors.length) return problem(422, 'validation_failed', 'The scorecard is not complete yet.', { errors });
        card = { ...card, status: 'submitted', submittedAt: new Date().toISOString(), revision: 1, version: card.version + 1, revisions: [{ revision: 1, reason: '', createdAt: new Date().toISOString(), createdBy: card.interviewer.userId }] };
        submissions.set(key, card);
        return json(200, card, { etag: etag() });
      }),
    [`POST ${path}/amendments`]: (request: RecordedRequest) =>
      guard(() => {
        const { reason, ...patch } = request.body as ScorecardPatch & { reason: string };
        if (card.status !== 'submitted') return problem(409, 'invalid_state', 'Only a submitted scorecard is amended.');
        if (!reason || reason.trim().length < 3) return problem(400, 'validation_failed', 'say why the scorecard is amended');
        merge(patch);
        card = { ...card, revision: card.revision + 1, revisions: [...card.revisions, { revision: card.revision + 1, reason, createdAt: new Date().toISOString(), createdBy: card.interviewer.userId }] };
        return json(200, card, { etag: etag() });
      }),
  });
  return {
    api,
    path,
    requests: (method: string, suffix = '') => api.requests.filter((r) => r.method === method && r.path === path + suffix),
    get card() {
      return card;
    },
    /** Another tab or device of the same interviewer saves a change. */
    changeElsewhere: (patch: ScorecardPatch) => merge(patch),
    setOffline: (value: boolean) => (offline = value),
    hold: () => (held = []),
    release: () => {
      const waiting = held ?? [];
      held = null;
      waiting.forEach((r) => r());
    },
    maxInFlight: () => maxInFlight,
  };
}
