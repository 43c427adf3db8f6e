import { publicRoundSchema } from '@concordia/contracts';
import { apiClient } from '../api/endpoints';

/** Read without signing in: the API answers public rounds to anyone. */
export const publicRoundsApi = {
  round: (roundId: string, signal?: AbortSignal) =>
    apiClient.send('GET', `/public/rounds/${encodeURIComponent(roundId)}`, publicRoundSchema, {
      signal,
      authenticated: false,
    }),
};
