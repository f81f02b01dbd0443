import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ccpitStatusSchema } from '@/utils/api/ccpit-schemas';
import { callApi, callEnvelopeApi, fetchFile } from '@/utils/api/client';
import { MAX_SERVER_MESSAGE_LENGTH, sanitizeServerMessage } from '@/utils/api/envelope';
import { describeFileMismatch, fileNameFrom } from '@/utils/api/file-check';
import { emptyAnswerSchema } from '@/utils/api/schemas';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';

const settings: Settings = { ...DEFAULT_SETTINGS, baseUrl: 'http://127.0.0.1:9/open/', timeoutMs: 1000 };

interface Sent {
  url: string;
  init: RequestInit | undefined;
}

/** A fetch that responds to every request with `makeResponse()` and records what was sent. */
function stubFetch(makeResponse: () => Response): { fetch: typeof fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  const stub: typeof fetch = async (input, init) => {
    sent.push({ url: String(input), init });
    return makeResponse();
  };
  return { fetch: stub, sent };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function bytes(text: string, contentType: string): Response {
  return new Response(text, { headers: { 'content-type': contentType } });
}

describe('callEnvelopeApi', () => {
  it('unwraps data', async () => {
    const { fetch } = stubFetch(() =>
      json({ code: '200', message: '', success: true, data: { docId: 7, status: '审核中', printStatus: null } }),
    );

    const result = await callEnvelopeApi(settings, { route: 'ccpitStatus', query: { docId: '7' }, schema: ccpitStatusSchema }, { fetch });

    expect(result.ok && result.value).toEqual({ docId: '7', status: '审核中', printStatus: '' });
  });

  it('turns success false into rejected', async () => {
    const { fetch } = stubFetch(() => json({ code: 'E102', message: '单证不存在', success: false, data: null }));

    const result = await callEnvelopeApi(settings, { route: 'ccpitStatus', schema: ccpitStatusSchema }, { fetch });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('rejected');
    expect(result.error.message).toBe('单证不存在');
    expect(result.error.code).toBe('E102');
    expect(result.error.route).toBe('ccpitStatus');
  });

  it('sanitizes the server message', async () => {
    const message = `<b>审核失败</b>\u0007：${'原因'.repeat(200)}`;
    const { fetch } = stubFetch(() => json({ code: 500, message, success: false, data: null }));

    const result = await callEnvelopeApi(settings, { route: 'ccpitStatus', schema: ccpitStatusSchema }, { fetch });

    if (result.ok) throw new Error('expected a rejection');
    const shown = result.error.message ?? '';
    expect(shown.startsWith('审核失败 ：原因')).toBe(true);
    expect(shown).not.toContain('<');
    expect(Array.from(shown).length).toBe(MAX_SERVER_MESSAGE_LENGTH);
    expect(shown.endsWith('…')).toBe(true);
  });

  it('reports a body without envelope as a bad response', async () => {
    const { fetch } = stubFetch(() => json({ docId: '1', status: 'x', printStatus: 'y' }));

    const result = await callEnvelopeApi(settings, { route: 'ccpitStatus', schema: ccpitStatusSchema }, { fetch });

    expect(result.ok || result.error.kind).toBe('bad-response');
  });

  it('reports data that fails its schema', async () => {
    const { fetch } = stubFetch(() => json({ success: true, data: { status: 1 } }));

    const result = await callEnvelopeApi(settings, { route: 'ccpitStatus', schema: ccpitStatusSchema }, { fetch });

    expect(result.ok || result.error.detail).toContain('schema mismatch at docId');
  });

  it('retries a GET after a 503', async () => {
    let calls = 0;
    const { fetch } = stubFetch(() =>
      ++calls === 1 ? json({}, 503) : json({ success: true, data: { docId: '1', status: '', printStatus: '' } }),
    );

    const result = await callEnvelopeApi(settings, { route: 'ccpitStatus', schema: ccpitStatusSchema }, { fetch, retryDelayMs: 1 });

    expect(result.ok).toBe(true);
    expect(calls).toBe(2);
  });

  it('does not retry a POST', async () => {
    const { fetch, sent } = stubFetch(() => json({}, 503));

    await callEnvelopeApi(settings, { route: 'ccpitCreate', body: { docType: 'C' }, schema: z.unknown() }, { fetch, retries: 3, retryDelayMs: 1 });

    expect(sent.length).toBe(1);
  });
});

describe('sanitizeServerMessage', () => {
  it.each([
    ['  单证\n\t不存在  ', '单证 不存在'],
    ['<script>x</script>失败', 'x 失败'],
    ['a\u202eb', 'a b'],
    ['', ''],
  ])('cleans %j', (input, expected) => {
    expect(sanitizeServerMessage(input)).toBe(expected);
  });

  it('keeps a 200-character message whole', () => {
    const message = '证'.repeat(MAX_SERVER_MESSAGE_LENGTH);

    expect(sanitizeServerMessage(message)).toBe(message);
  });
});

describe('fetchFile', () => {
  it('returns a PDF with its name', async () => {
    const { fetch } = stubFetch(
      () =>
        new Response('%PDF-1.4\n%%EOF\n', {
          headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename*=UTF-8''%E8%AF%81%E4%B9%A6.pdf` },
        }),
    );

    const result = await fetchFile(settings, { route: 'ccpitPrint', body: { docId: '1' } }, { fetch });

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.fileName).toBe('证书.pdf');
    expect(result.value.contentType).toBe('application/pdf');
    expect(result.value.bytes.byteLength).toBe(15);
  });

  it('asks for a PDF', async () => {
    const { fetch, sent } = stubFetch(() => bytes('%PDF-1.4', 'application/pdf'));

    await fetchFile(settings, { route: 'ccpitPrint', body: { docId: '1' } }, { fetch });

    expect(new Headers(sent[0]?.init?.headers).get('accept')).toContain('application/pdf');
  });

  it('rejects HTML sent as a PDF', async () => {
    const { fetch } = stubFetch(() => bytes('<html><body>登录超时</body></html>', 'application/pdf'));

    const result = await fetchFile(settings, { route: 'ccpitPrint', body: { docId: '1' } }, { fetch });

    expect(result.ok || result.error.kind).toBe('bad-response');
  });

  it('turns a refusal envelope into rejected', async () => {
    const { fetch } = stubFetch(() => json({ code: '500', message: '证书尚未审核通过', success: false, data: null }));

    const result = await fetchFile(settings, { route: 'ccpitPrint', body: { docId: '1' } }, { fetch });

    expect(result.ok || result.error.message).toBe('证书尚未审核通过');
  });

  it('rejects a success envelope in place of a file', async () => {
    const { fetch } = stubFetch(() => json({ success: true, data: {} }));

    const result = await fetchFile(settings, { route: 'ccpitPrint', body: { docId: '1' } }, { fetch });

    expect(result.ok || result.error.kind).toBe('bad-response');
  });

  it('accepts XML with a byte order mark', async () => {
    const { fetch } = stubFetch(() => bytes('\uFEFF<?xml version="1.0"?><a/>', 'text/xml'));

    const result = await fetchFile(settings, { route: 'documentXml', pathParams: { ciqRegNo: '1' } }, { fetch });

    expect(result.ok).toBe(true);
  });

  it('rejects HTML sent as XML', async () => {
    const { fetch } = stubFetch(() => bytes('<!DOCTYPE html><html></html>', 'application/xml'));

    const result = await fetchFile(settings, { route: 'documentXml', pathParams: { ciqRegNo: '1' } }, { fetch });

    expect(result.ok || result.error.kind).toBe('bad-response');
  });

  it('uses the usual content type when none is sent', async () => {
    const { fetch } = stubFetch(() => new Response(new Uint8Array(Buffer.from('<a/>'))));

    const result = await fetchFile(settings, { route: 'customsCertXml', pathParams: { ciqRegNo: '1' } }, { fetch });

    expect(result.ok && result.value.contentType).toBe('application/xml');
  });
});

describe('describeFileMismatch', () => {
  const encode = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer;

  it.each([
    ['pdf', '%PDF-1.7', undefined],
    ['pdf', '', 'file is empty'],
    ['pdf', ' %PDF-1.7', 'file does not start with %PDF-'],
    ['xml', '  <root/>', undefined],
    ['xml', '<HTML><body/>', 'file is an HTML page, not XML'],
    ['xml', '{"a":1}', 'file does not start with <'],
  ] as const)('checks %s %j', (fileType, text, expected) => {
    expect(describeFileMismatch(fileType, encode(text))).toBe(expected);
  });
});

describe('fileNameFrom', () => {
  it.each([
    ['attachment; filename="a b.pdf"', 'a b.pdf'],
    ['attachment; filename=plain.xml', 'plain.xml'],
    [`attachment; filename="x.pdf"; filename*=UTF-8''%E8%AF%81.pdf`, '证.pdf'],
    [`attachment; filename*=UTF-8''%E0%A4`, undefined],
    [null, undefined],
  ])('reads %j', (header, expected) => {
    expect(fileNameFrom(header)).toBe(expected);
  });
});

describe('request bodies', () => {
  it('sends FormData as multipart', async () => {
    const { fetch, sent } = stubFetch(() => json({}));
    const form = new FormData();
    form.append('file', new Blob(['<r/>']), 'r.xml');

    await callApi(settings, { route: 'customsReceipt', body: form, schema: emptyAnswerSchema }, { fetch });

    expect(sent[0]?.init?.body).toBe(form);
    expect(new Headers(sent[0]?.init?.headers).get('content-type')).toBeNull();
  });

  it('reads a 204 response as empty', async () => {
    const { fetch } = stubFetch(() => new Response(null, { status: 204 }));

    const result = await callApi(settings, { route: 'producerDelete', pathParams: { id: 1 }, schema: emptyAnswerSchema }, { fetch });

    expect(result.ok).toBe(true);
  });
});
