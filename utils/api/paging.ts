/** Spring Data pages as the data layer hands them on: the items and where they sit. */

export interface PageRequest {
  /** Zero-based page index, as Spring Data counts. */
  page?: number;
  /** Items per page. */
  size?: number;
}

export interface Page<Item> {
  items: Item[];
  page: number;
  size: number;
  /** Absent when the server leaves it out. */
  totalElements?: number;
  totalPages?: number;
  /** True on the last page, read from `last` or worked out from the totals. */
  last: boolean;
}

/** Default page size of the data layer's list functions; Spring's own default is 20. */
export const DEFAULT_PAGE_SIZE = 20;

interface SpringPageFields<Item> {
  content: Item[];
  totalElements?: number;
  totalPages?: number;
  number?: number;
  size?: number;
  last?: boolean;
}

export function fromSpringPage<Item>(page: SpringPageFields<Item>, request: Required<PageRequest>): Page<Item> {
  const index = page.number ?? request.page;
  const size = page.size ?? request.size;
  const last =
    page.last ?? (page.totalPages === undefined ? page.content.length < size : index + 1 >= page.totalPages);
  return {
    items: page.content,
    page: index,
    size,
    ...(page.totalElements === undefined ? {} : { totalElements: page.totalElements }),
    ...(page.totalPages === undefined ? {} : { totalPages: page.totalPages }),
    last,
  };
}

/** Fills in the defaults and clamps a page request to a valid one. */
export function normalizePageRequest(request: PageRequest = {}): Required<PageRequest> {
  const page = Number.isInteger(request.page) && (request.page ?? 0) > 0 ? (request.page ?? 0) : 0;
  const size = Number.isInteger(request.size) && (request.size ?? 0) > 0 ? (request.size ?? DEFAULT_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  return { page, size };
}
