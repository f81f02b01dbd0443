/** Maximum length of a look-up query. The worker rejects longer ones, so search boxes stop there. */
export const MAX_QUERY_LENGTH = 200;
