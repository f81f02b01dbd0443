/** Sends a look-up for each new query and keeps only the answer to the newest one. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ReplyData, UserError } from '@/utils/messages/protocol';
import { sendRequest } from '@/utils/messages/send';
import type { SearchKind } from '@/utils/search/types';

export type Hit = ReplyData<'search'>['hits'][number];

export function useSearch(query: string, kinds: readonly SearchKind[] | undefined, limit: number) {
  const [hits, setHits] = useState<Hit[]>([]);
  const [error, setError] = useState<UserError | undefined>();
  const [answeredQuery, setAnsweredQuery] = useState('');
  const latest = useRef(0);

  // A layout effect runs right after the render that took the query, where a plain effect would
  // wait for the next frame to be painted before the request is even sent.
  useLayoutEffect(() => {
    const requestNumber = ++latest.current;
    if (query.trim() === '') {
      setHits([]);
      setAnsweredQuery(query);
      return;
    }
    void sendRequest({ type: 'search', query, kinds: kinds ? [...kinds] : undefined, limit }).then((reply) => {
      if (requestNumber !== latest.current) return;
      if (!reply.ok) {
        setError(reply.error);
        return;
      }
      setHits(reply.data.hits);
      setAnsweredQuery(query);
      setError(reply.data.error);
    });
  }, [query]);

  return { hits, error, answeredQuery };
}
