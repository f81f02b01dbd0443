/**
 * Response shapes of a Spring Boot service: Spring Data page objects and the default error
 * body. The real API's error format is not published, so the sandbox assumes Spring Boot's
 * defaults.
 */
import { STATUS_CODES } from 'node:http';

export const DEFAULT_PAGE_SIZE = 20;
/** Spring Data's default `spring.data.web.pageable.max-page-size`. */
export const MAX_PAGE_SIZE = 2000;

export interface PageRequest {
  /** Zero-based page index. */
  page: number;
  size: number;
}

export interface SpringPage<Item> {
  content: Item[];
  pageable: {
    paged: boolean;
    unpaged: boolean;
    pageNumber: number;
    pageSize: number;
    offset: number;
    sort: never[];
  };
  totalElements: number;
  totalPages: number;
  size: number;
  number: number;
  sort: never[];
  first: boolean;
  last: boolean;
  numberOfElements: number;
  empty: boolean;
}

export interface SpringErrorBody {
  timestamp: string;
  status: number;
  error: string;
  path: string;
}

/**
 * Reads `page` and `size` the way Spring's pageable resolver does. A missing or non-numeric
 * value falls back to the default. A negative page becomes 0, a size below 1 becomes the
 * default, and a size above the maximum becomes the maximum.
 */
export function readPageRequest(query: URLSearchParams): PageRequest {
  const page = parseInteger(query.get('page'));
  const size = parseInteger(query.get('size'));
  return {
    page: page === undefined ? 0 : Math.max(0, page),
    size: size === undefined || size < 1 ? DEFAULT_PAGE_SIZE : Math.min(size, MAX_PAGE_SIZE),
  };
}

function parseInteger(value: string | null): number | undefined {
  if (value === null || !/^-?\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

/** Cuts one page out of `items`. A page past the end has empty content. */
export function toPage<Item>(items: readonly Item[], request: PageRequest): SpringPage<Item> {
  const offset = request.page * request.size;
  const content = items.slice(offset, offset + request.size);
  const totalPages = Math.ceil(items.length / request.size);
  return {
    content,
    pageable: {
      paged: true,
      unpaged: false,
      pageNumber: request.page,
      pageSize: request.size,
      offset,
      sort: [],
    },
    totalElements: items.length,
    totalPages,
    size: request.size,
    number: request.page,
    sort: [],
    first: request.page === 0,
    last: request.page >= totalPages - 1,
    numberOfElements: content.length,
    empty: content.length === 0,
  };
}

/** Builds Spring Boot's default error body for a status and request path (without query). */
export function springError(status: number, path: string): SpringErrorBody {
  return {
    timestamp: new Date().toISOString(),
    status,
    error: STATUS_CODES[status] ?? 'Unknown Status',
    path,
  };
}
