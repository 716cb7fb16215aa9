// The tag vocabularies (needs, hobbies, capabilities), fetched once per page load.
import { api, call, type Tags } from '../api/client';
import { useAsync } from './useAsync';

let cached: Promise<Tags> | null = null;

/** The tag vocabularies, fetched once per page load (a failed fetch is retried next time). */
export function loadTags(): Promise<Tags> {
  if (!cached) {
    cached = call(api.GET('/api/tags')).catch((e: unknown) => {
      cached = null;
      throw e;
    });
  }
  return cached;
}

export function resetTagsCache() {
  cached = null;
}

export function useTags() {
  return useAsync(loadTags, []);
}
