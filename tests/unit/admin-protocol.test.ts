import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { adminReplySchemas, adminRequestSchemas } from '@/utils/messages/admin-protocol';
import { adminReplyEnvelopeSchema } from '@/utils/messages/admin-send';
import { ENTERPRISE_TEXT_FIELDS } from '@/utils/validation/enterprise';

const adminRequestSchema = z.discriminatedUnion('type', adminRequestSchemas);

function blankEdit(id: number) {
  return { id, ...Object.fromEntries(ENTERPRISE_TEXT_FIELDS.map((field) => [field, ''])) };
}

describe('adminRequestSchemas', () => {
  it('has a reply schema for every request type', () => {
    const types = adminRequestSchemas.map((schema) => [...schema.shape.type._zod.values][0]).sort();
    expect(types).toEqual(Object.keys(adminReplySchemas).sort());
  });

  it('accepts a list request', () => {
    const parsed = adminRequestSchema.safeParse({ type: 'listEnterprisePage', page: 0, size: 20, keyword: '远航' });
    expect(parsed.success).toBe(true);
  });

  it.each([
    ['page size over 100', { type: 'listEnterprisePage', page: 0, size: 101, keyword: '' }],
    ['negative page', { type: 'listProducers', enterpriseId: 1, page: -1, size: 20 }],
    ['enterprise id 0', { type: 'getEnterprise', id: 0 }],
    ['missing text field', { type: 'saveEnterprise', enterprise: { id: 1, enterpriseCnName: '某公司' } }],
    ['customs code over 10', { type: 'saveEnterprise', enterprise: { ...blankEdit(1), customsId: '12345678901' } }],
    ['producer without enterprise', { type: 'addProducer', producer: { producerName: 'x' } }],
  ])('rejects %s', (_case, request) => {
    expect(adminRequestSchema.safeParse(request).success).toBe(false);
  });

  it('accepts a complete edit', () => {
    expect(adminRequestSchema.safeParse({ type: 'saveEnterprise', enterprise: blankEdit(0) }).success).toBe(true);
  });
});

describe('adminReplyEnvelopeSchema', () => {
  it('accepts a user error', () => {
    const parsed = adminReplyEnvelopeSchema('deleteEnterprise').safeParse({
      ok: false,
      error: { kind: 'invalid-request', field: 'socialCreditCode' },
    });
    expect(parsed.success).toBe(true);
  });

  it('rejects data of another type', () => {
    const parsed = adminReplyEnvelopeSchema('getEnterprise').safeParse({ ok: true, data: { id: 3 } });
    expect(parsed.success).toBe(false);
  });
});
