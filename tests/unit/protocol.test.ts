import { describe, expect, it } from 'vitest';
import { replyEnvelopeSchema } from '@/utils/messages/protocol';
import { requestSchema } from '@/utils/messages/request-schema';

describe('requestSchema', () => {
  it('accepts a fill request', () => {
    const parsed = requestSchema.safeParse({
      type: 'fill',
      tabId: 4,
      enterpriseId: 1,
      signerId: 11,
      countryCode: '116',
      overwrite: false,
    });
    expect(parsed.success).toBe(true);
  });

  it('rejects an unknown type', () => {
    expect(requestSchema.safeParse({ type: 'fetchUrl', url: 'https://example.com/' }).success).toBe(false);
  });

  it('rejects a country code that is not 3 digits', () => {
    const parsed = requestSchema.safeParse({ type: 'fill', tabId: 1, enterpriseId: 1, countryCode: 'JP', overwrite: false });
    expect(parsed.success).toBe(false);
  });

  it('rejects an overlong search query', () => {
    expect(requestSchema.safeParse({ type: 'search', query: 'x'.repeat(201) }).success).toBe(false);
  });

  it('rejects extra kinds in a search', () => {
    expect(requestSchema.safeParse({ type: 'search', query: 'jp', kinds: ['enterprise'] }).success).toBe(false);
  });
});

describe('replyEnvelopeSchema', () => {
  it('accepts an error reply', () => {
    const parsed = replyEnvelopeSchema('search').safeParse({ ok: false, error: { kind: 'timeout', route: 'customs122' } });
    expect(parsed.success).toBe(true);
  });

  it('rejects a reply whose data has the wrong shape', () => {
    const parsed = replyEnvelopeSchema('listSigners').safeParse({ ok: true, data: { signers: [{ id: 'x' }] } });
    expect(parsed.success).toBe(false);
  });
});
