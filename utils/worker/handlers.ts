/** One handler per request type; each returns the reply data or a user-facing error. */
import { adminHandlers } from './admin-handlers';
import type { ApiError } from '../api/errors';
import type { Enterprise, Signer } from '../api/schemas';
import type { DataDeps } from '../data/deps';
import { DICTIONARY_NAMES, readCachedDictionary, refreshDictionary } from '../data/dictionaries';
import { loadEnterprises, loadSigners, readCachedEnterprises } from '../data/enterprises';
import { maskIdentity } from '../mask';
import type { EnterpriseSummary, Reply, ReplyData, Request, RequestType, SignerSummary, UserError } from '../messages/protocol';
import { searchIndex } from '../search/index';
import { settingsSchema, toPublicSettings } from '../settings';
import { fillTab } from './fill';
import { deleteRule, exportRules, importRules, listSiteRules } from './rules-store';
import { getSearchIndex, invalidateSearchIndex } from './search-state';
import { readLastSelection } from './selection';
import { readSettings, writeSettings } from './settings-store';
import { startTeach } from './teach';
import { undoTab } from './undo';
import { toUserError } from './user-error';

type RequestOf<Type extends RequestType> = Extract<Request, { type: Type }>;
type Handler<Type extends RequestType> = (request: RequestOf<Type>, deps: DataDeps) => Promise<Reply<Type>>;

const DEFAULT_SEARCH_LIMIT = 30;

function done<Type extends RequestType>(data: ReplyData<Type>): Reply<Type> {
  return { ok: true, data };
}

function summarizeEnterprise(enterprise: Enterprise): EnterpriseSummary {
  return {
    id: enterprise.id,
    enterpriseCnName: enterprise.enterpriseCnName,
    enterpriseEnName: enterprise.enterpriseEnName,
    socialCreditCode: enterprise.socialCreditCode,
    customsId: enterprise.customsId,
  };
}

function summarizeSigner(signer: Signer): SignerSummary {
  return { id: signer.id, name: signer.name, maskedIdentity: maskIdentity(signer.identity), tel: signer.tel };
}

async function collectStatus(): Promise<ReplyData<'getStatus'>> {
  const dictionaries = [];
  for (const name of DICTIONARY_NAMES) {
    const cached = await readCachedDictionary(name);
    dictionaries.push({ name, count: cached?.records.length ?? 0, fetchedAt: cached?.fetchedAt ?? null });
  }
  const enterprises = await readCachedEnterprises();
  return {
    dictionaries,
    enterprisesFetchedAt: enterprises.fetchedAt ?? null,
    settings: toPublicSettings(await readSettings()),
  };
}

export const handlers: { [Type in RequestType]: Handler<Type> } = {
  ...adminHandlers,
  async getStatus() {
    return done<'getStatus'>(await collectStatus());
  },

  async search(request, deps) {
    const { index, error } = await getSearchIndex(deps);
    const hits = searchIndex(index, request.query, {
      limit: request.limit ?? DEFAULT_SEARCH_LIMIT,
      kinds: request.kinds,
    });
    return done<'search'>({ hits, error: error ? toUserError(error) : undefined });
  },

  async listEnterprises(request, deps) {
    const answer = await loadEnterprises(deps, request.refresh);
    return done<'listEnterprises'>({
      enterprises: answer.items.map(summarizeEnterprise),
      fetchedAt: answer.fetchedAt ?? null,
      error: answer.error ? toUserError(answer.error) : undefined,
    });
  },

  async listSigners(request, deps) {
    const answer = await loadSigners(request.enterpriseId, deps, request.refresh);
    return done<'listSigners'>({
      signers: answer.items.map(summarizeSigner),
      fetchedAt: answer.fetchedAt ?? null,
      error: answer.error ? toUserError(answer.error) : undefined,
    });
  },

  async refreshAll(_request, deps) {
    const [enterprises, ...dictionaries] = await Promise.all([
      loadEnterprises(deps, true),
      ...DICTIONARY_NAMES.map((name) => refreshDictionary(name, deps)),
    ]);
    invalidateSearchIndex();
    const errors: UserError[] = [];
    for (const result of dictionaries) {
      if (!result.ok) errors.push(toUserError(result.error));
    }
    if (enterprises.error) errors.push(toUserError(enterprises.error));
    return done<'refreshAll'>({ status: await collectStatus(), errors });
  },

  async fill(request, deps) {
    return fillTab(request, deps);
  },

  async getLastSelection() {
    return done<'getLastSelection'>(await readLastSelection());
  },

  async undoFill(request) {
    return undoTab(request.tabId);
  },

  async startTeach(request) {
    return startTeach(request.tabId);
  },

  async listRules() {
    return done<'listRules'>({ sites: await listSiteRules() });
  },

  async deleteRule(request) {
    await deleteRule(request.origin, { selector: request.selector, framePath: request.framePath });
    return done<'deleteRule'>({ sites: await listSiteRules() });
  },

  async exportRules() {
    return done<'exportRules'>({ file: await exportRules() });
  },

  async importRules(request) {
    const result = await importRules(request.text);
    if (!result.ok) return { ok: false, error: { kind: 'invalid-rules-file', field: `${result.problem}:${result.at}` } };
    return done<'importRules'>({ imported: result.imported, sites: await listSiteRules() });
  },

  async getSettings() {
    return done<'getSettings'>(toPublicSettings(await readSettings()));
  },

  async saveSettings(request) {
    const current = await readSettings();
    const parsed = settingsSchema.safeParse({
      baseUrl: request.baseUrl,
      authHeaderName: request.authHeaderName,
      authHeaderValue: request.authHeaderValue ?? current.authHeaderValue,
      token: request.token ?? current.token,
      timeoutMs: request.timeoutMs,
    });
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? '');
      return { ok: false, error: { kind: 'invalid-settings', field } };
    }
    await writeSettings(parsed.data);
    if (parsed.data.baseUrl !== current.baseUrl) invalidateSearchIndex();
    return done<'saveSettings'>(toPublicSettings(parsed.data));
  },
};
