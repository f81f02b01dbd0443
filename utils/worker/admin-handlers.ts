/**
 * Handlers of the options page's enterprise and producer requests. Each returns the reply data
 * or a user-facing error. An enterprise or producer is validated again here before it is sent,
 * so an invalid record never reaches the service even from a page that skipped its own checks.
 */
import type { ApiError } from '../api/errors';
import type { Producer } from '../api/producer-schemas';
import type { Enterprise, EnterpriseInput } from '../api/schemas';
import type { DataDeps } from '../data/deps';
import { deleteEnterprise, getEnterprise, listEnterprisesPage, saveEnterprise } from '../data/enterprise-admin';
import { FIRST_PRODUCER_PAGE_SIZE, addProducer, deleteProducer, listProducers, loadFirstProducers } from '../data/producers';
import { logWarn } from '../log';
import { maskIdentity } from '../mask';
import type {
  AdminReply,
  AdminReplyData,
  AdminRequestOf,
  AdminRequestType,
  EnterpriseDetail,
  EnterpriseEdit,
  ProducerItem,
} from '../messages/admin-protocol';
import type { EnterpriseSummary, UserError } from '../messages/protocol';
import { ENTERPRISE_TEXT_FIELDS, type EnterpriseFields, validateEnterprise, validateProducer } from '../validation/enterprise';
import { toUserError } from './user-error';

type AdminHandler<Type extends AdminRequestType> = (
  request: AdminRequestOf<Type>,
  deps: DataDeps,
) => Promise<AdminReply<Type>>;

type Failure = { ok: false; error: UserError };

function failed(error: ApiError): Failure {
  return { ok: false, error: toUserError(error) };
}

/** Rejects a record that fails validation, naming the invalid fields separated by commas. */
function invalidFields(type: AdminRequestType, fields: string[]): Failure {
  logWarn('admin request rejected: invalid fields', { type, fields: fields.join(',') });
  return { ok: false, error: { kind: 'invalid-request', field: fields.join(',') } };
}

function done<Type extends AdminRequestType>(data: AdminReplyData<Type>): AdminReply<Type> {
  return { ok: true, data };
}

function summarize(enterprise: Enterprise): EnterpriseSummary {
  return {
    id: enterprise.id,
    enterpriseCnName: enterprise.enterpriseCnName,
    enterpriseEnName: enterprise.enterpriseEnName,
    socialCreditCode: enterprise.socialCreditCode,
    customsId: enterprise.customsId,
  };
}

function toDetail(enterprise: Enterprise): EnterpriseDetail {
  const text = Object.fromEntries(ENTERPRISE_TEXT_FIELDS.map((field) => [field, enterprise[field]])) as EnterpriseFields;
  return {
    id: enterprise.id,
    ...text,
    enterpriseId: enterprise.enterpriseId ?? null,
    signers: enterprise.customsEnterpriseSigners.map((signer) => ({
      id: signer.id,
      name: signer.name,
      identity: signer.identity,
      maskedIdentity: maskIdentity(signer.identity),
      tel: signer.tel,
    })),
  };
}

function toProducerItem(producer: Producer): ProducerItem {
  return {
    id: producer.id,
    customsEnterpriseId: producer.customsEnterpriseId ?? null,
    producerName: producer.producerName,
    producerContactPerson: producer.producerContactPerson,
    producerContactTel: producer.producerContactTel,
    socialCreditCode: producer.socialCreditCode,
  };
}

/** Trims every text field and leaves out `id` 0, so the service creates a record. */
function toEnterpriseInput(edit: EnterpriseEdit): EnterpriseInput {
  const text = Object.fromEntries(ENTERPRISE_TEXT_FIELDS.map((field) => [field, edit[field].trim()])) as EnterpriseFields;
  return edit.id > 0 ? { id: edit.id, ...text } : text;
}

export const adminHandlers: { [Type in AdminRequestType]: AdminHandler<Type> } = {
  async listEnterprisePage(request, deps) {
    const result = await listEnterprisesPage({ page: request.page, size: request.size, keyword: request.keyword }, deps);
    if (!result.ok) return failed(result.error);
    const { items, ...position } = result.value;
    return done<'listEnterprisePage'>({ enterprises: items.map(summarize), ...position });
  },

  async getEnterprise(request, deps) {
    const result = await getEnterprise(request.id, deps);
    return result.ok ? done<'getEnterprise'>({ enterprise: toDetail(result.value) }) : failed(result.error);
  },

  async saveEnterprise(request, deps) {
    const input = toEnterpriseInput(request.enterprise);
    const problems = Object.keys(validateEnterprise(input as EnterpriseFields));
    if (problems.length > 0) return invalidFields(request.type, problems);
    const result = await saveEnterprise(input, deps);
    if (!result.ok) return failed(result.error);
    return done<'saveEnterprise'>({ enterprise: result.value ? toDetail(result.value) : null });
  },

  async deleteEnterprise(request, deps) {
    const result = await deleteEnterprise(request.id, deps);
    return result.ok ? done<'deleteEnterprise'>({ id: request.id }) : failed(result.error);
  },

  async listProducers(request, deps) {
    if (request.page === 0 && request.size === FIRST_PRODUCER_PAGE_SIZE) {
      const answer = await loadFirstProducers(request.enterpriseId, deps);
      if (answer.error && answer.fetchedAt === undefined) return failed(answer.error);
      return done<'listProducers'>({
        producers: answer.items.map(toProducerItem),
        page: 0,
        size: FIRST_PRODUCER_PAGE_SIZE,
        last: answer.last,
        refreshError: answer.error ? toUserError(answer.error) : undefined,
      });
    }
    const result = await listProducers(request.enterpriseId, { page: request.page, size: request.size }, deps);
    if (!result.ok) return failed(result.error);
    const { items, ...position } = result.value;
    return done<'listProducers'>({ producers: items.map(toProducerItem), ...position });
  },

  async addProducer(request, deps) {
    const trimmed = {
      producerName: request.producer.producerName.trim(),
      producerContactPerson: request.producer.producerContactPerson.trim(),
      producerContactTel: request.producer.producerContactTel.trim(),
      socialCreditCode: request.producer.socialCreditCode.trim(),
    };
    const problems = Object.keys(validateProducer(trimmed));
    if (problems.length > 0) return invalidFields(request.type, problems);
    const result = await addProducer({ customsEnterpriseId: request.producer.customsEnterpriseId, ...trimmed }, deps);
    return result.ok ? done<'addProducer'>({ producer: toProducerItem(result.value) }) : failed(result.error);
  },

  async deleteProducer(request, deps) {
    const result = await deleteProducer(request.id, deps);
    return result.ok ? done<'deleteProducer'>({ id: request.id }) : failed(result.error);
  },
};
