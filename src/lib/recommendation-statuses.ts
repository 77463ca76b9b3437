/** Every status a recommendation can have, in the order keys and summaries list them. Worked out by recommendations.ts. */
export const recommendationStatuses = [
  'response-overdue',
  'overdue',
  'awaiting-response',
  'no-response',
  'paused',
  'deferred',
  'not-started',
  'ongoing',
  'responded',
  'accepted',
  'partly-accepted',
  'noted',
  'complete',
  'rejected',
] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];
