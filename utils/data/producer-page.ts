/**
 * Size of the first page of producers, which the popup's picker lists and the cache keeps.
 * NOTE: producers beyond the first 100 are neither listed in the popup nor cached, and the
 * service's page size limit is not published.
 */
export const FIRST_PRODUCER_PAGE_SIZE = 100;

