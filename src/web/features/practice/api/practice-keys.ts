// Query keys of the practice feature, so a write can refresh exactly what it changed.
export const PRACTICE_KEY = ['practice'] as const;
export const OPTIONS_KEY = [...PRACTICE_KEY, 'options'] as const;
export const SESSIONS_KEY = [...PRACTICE_KEY, 'sessions'] as const;
export const sessionKey = (id: string) => [...SESSIONS_KEY, id] as const;
export const REVIEWS_KEY = [...PRACTICE_KEY, 'reviews'] as const;
export const PROGRESS_KEY = [...PRACTICE_KEY, 'progress'] as const;
