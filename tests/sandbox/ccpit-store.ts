/**
 * In-memory CCPIT (贸促会) certificate-of-origin documents whose review and print state
 * advance along a fixed timeline, so a client polling the status routes gets changing states.
 *
 * A document moves one step each `queriesPerStep` status queries of that document (status,
 * audit result or print status), or each `stepMs` milliseconds since it was created or since
 * `reset()`, whichever has moved it further. Either trigger is off when set to 0. Drafts never
 * move.
 */

export interface CcpitProgressOptions {
  /** Status queries of one document per step; 0 turns counting off. Default 2. */
  queriesPerStep?: number;
  /** Milliseconds per step; 0 turns the clock off. Default 15 000. */
  stepMs?: number;
  /** Clock in milliseconds since the epoch; defaults to `Date.now`. */
  now?: () => number;
}

export interface CcpitState {
  status: string;
  printStatus: string;
  /** The reviewer's opinion, set once the review has ended. */
  auditOpinion: string;
}

const SUBMITTED: CcpitState = { status: '已提交', printStatus: '未打印', auditOpinion: '' };
const REVIEWING: CcpitState = { status: '审核中', printStatus: '未打印', auditOpinion: '' };
const APPROVED: CcpitState = { status: '审核通过', printStatus: '待打印', auditOpinion: '审核通过，请打印证书。' };
const PRINTED: CcpitState = { status: '审核通过', printStatus: '已打印', auditOpinion: '审核通过，请打印证书。' };
const RETURNED: CcpitState = {
  status: '已退回',
  printStatus: '未打印',
  auditOpinion: '发票号与随附发票不一致，请核对后重新申报。',
};
const DRAFT: CcpitState = { status: '草稿', printStatus: '未打印', auditOpinion: '' };

export const TIMELINES = {
  approved: [SUBMITTED, REVIEWING, APPROVED, PRINTED],
  returned: [SUBMITTED, REVIEWING, RETURNED],
  draft: [DRAFT],
} as const satisfies Record<string, readonly CcpitState[]>;
export type CcpitOutcome = keyof typeof TIMELINES;

export interface CcpitUpload {
  fileId: string;
  fileName: string;
  size: number;
  url: string;
}

export interface CcpitDocument {
  docId: string;
  docType: string;
  invoiceNum: string;
  certificateNo: string;
  /** The create body as received, unknown fields included. */
  fields: Record<string, unknown>;
  outcome: CcpitOutcome;
  /** Timeline step the document started at. */
  startStep: number;
  createdAt: number;
  queries: number;
  uploads: CcpitUpload[];
}

type SeedDocument = Pick<CcpitDocument, 'docId' | 'docType' | 'invoiceNum' | 'certificateNo' | 'outcome' | 'startStep'>;

/** Seed documents of enterprise 1: one in each part of the timeline. */
const SEED_DOCUMENTS: readonly SeedDocument[] = [
  { docId: '2026010001', docType: 'C', invoiceNum: 'YH2026-0105', certificateNo: 'CCPIT263100000001', outcome: 'approved', startStep: 0 },
  { docId: '2026010002', docType: 'C', invoiceNum: 'YH2026-0110', certificateNo: 'CCPIT263100000002', outcome: 'approved', startStep: 3 },
  { docId: '2026010003', docType: 'C', invoiceNum: 'YH2026-0112', certificateNo: 'CCPIT263100000003', outcome: 'returned', startStep: 2 },
  { docId: '2026010004', docType: 'C', invoiceNum: 'YH2026-0202', certificateNo: '', outcome: 'draft', startStep: 0 },
];
const FIRST_NEW_DOC_ID = 2026010101;

export class CcpitStore {
  private documents = new Map<string, CcpitDocument>();
  private nextDocId = FIRST_NEW_DOC_ID;
  private nextFileId = 1;
  private readonly queriesPerStep: number;
  private readonly stepMs: number;
  private readonly now: () => number;

  constructor(options: CcpitProgressOptions = {}) {
    this.queriesPerStep = options.queriesPerStep ?? 2;
    this.stepMs = options.stepMs ?? 15_000;
    this.now = options.now ?? Date.now;
    if (!Number.isInteger(this.queriesPerStep) || this.queriesPerStep < 0) {
      throw new Error(`ccpitProgress.queriesPerStep must be a non-negative integer, got ${this.queriesPerStep}`);
    }
    if (!Number.isFinite(this.stepMs) || this.stepMs < 0) {
      throw new Error(`ccpitProgress.stepMs must be a non-negative number, got ${this.stepMs}`);
    }
    this.reset();
  }

  /** Restores the seed documents and restarts their clocks. */
  reset(): void {
    const createdAt = this.now();
    this.documents = new Map(
      SEED_DOCUMENTS.map((seed) => [seed.docId, { ...seed, fields: {}, createdAt, queries: 0, uploads: [] }]),
    );
    this.nextDocId = FIRST_NEW_DOC_ID;
    this.nextFileId = 1;
  }

  /**
   * Creates a document, or replaces the fields of the one whose `docId` is given and known.
   * A document sent without `sendAudit: true` stays a draft.
   */
  save(fields: Record<string, unknown>, sendAudit: boolean): CcpitDocument {
    const givenId = fields.docId === undefined || fields.docId === null ? '' : String(fields.docId);
    const existing = this.documents.get(givenId);
    const docId = existing?.docId ?? String(this.nextDocId++);
    const document: CcpitDocument = {
      docId,
      docType: typeof fields.docType === 'string' ? fields.docType : '',
      invoiceNum: typeof fields.invoiceNum === 'string' ? fields.invoiceNum : (existing?.invoiceNum ?? ''),
      certificateNo: sendAudit ? `CCPIT2631${docId.slice(-8).padStart(8, '0')}` : '',
      fields: { ...fields, docId },
      outcome: sendAudit ? 'approved' : 'draft',
      startStep: 0,
      createdAt: this.now(),
      queries: 0,
      uploads: existing?.uploads ?? [],
    };
    this.documents.set(docId, document);
    return { ...document };
  }

  get(docId: string): CcpitDocument | undefined {
    const document = this.documents.get(docId);
    return document && { ...document };
  }

  /** Returns the state for a status query, then counts the query. */
  query(docId: string): CcpitState | undefined {
    const document = this.documents.get(docId);
    if (!document) return undefined;
    const state = this.stateOf(document);
    document.queries++;
    return state;
  }

  /** Returns the current state without counting a query. */
  peek(docId: string): CcpitState | undefined {
    const document = this.documents.get(docId);
    return document && this.stateOf(document);
  }

  /** Marks an approved document as printed. */
  markPrinted(docId: string): void {
    const document = this.documents.get(docId);
    if (document?.outcome === 'approved') document.startStep = TIMELINES.approved.length - 1;
  }

  addUpload(docId: string | undefined, fileName: string, size: number): CcpitUpload {
    const fileId = `F${String(this.nextFileId++).padStart(6, '0')}`;
    const upload: CcpitUpload = { fileId, fileName, size, url: `/files/uploads/${fileId}/${encodeURIComponent(fileName)}` };
    if (docId !== undefined) this.documents.get(docId)?.uploads.push(upload);
    return upload;
  }

  private stateOf(document: CcpitDocument): CcpitState {
    const timeline: readonly CcpitState[] = TIMELINES[document.outcome];
    const byQueries = this.queriesPerStep === 0 ? 0 : Math.floor(document.queries / this.queriesPerStep);
    const byTime = this.stepMs === 0 ? 0 : Math.floor((this.now() - document.createdAt) / this.stepMs);
    const step = Math.min(timeline.length - 1, document.startStep + Math.max(byQueries, byTime));
    const state = timeline[step] ?? DRAFT;
    return { ...state };
  }
}
