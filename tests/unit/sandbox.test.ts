import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  API_ROUTES,
  type ApiRouteName,
  STANDARD_CODE_TABLES,
  expandPath,
} from '../../utils/api/paths';
import {
  agreementCountryListSchema,
  countryListSchema,
  customs122ListSchema,
  enterprisePageSchema,
  enterpriseSchema,
  signerListSchema,
  standardCodePageSchema,
} from '../../utils/api/schemas';
import { isValidOrgCode, isValidResidentId, isValidUscc } from '../../utils/validation/codes';
import { LARGE_BODY_BYTES } from '../sandbox/fault-responses';
import { MAX_LOGGED_REQUESTS } from '../sandbox/request-log';
import { MAX_REQUEST_BYTES, type Sandbox, startSandbox } from '../sandbox/server';

const FIXTURE_ENTERPRISE = {
  id: 1,
  enterpriseCnName: '宁波海曙远航进出口有限公司',
  enterpriseEnName: 'NINGBO HAISHU YUANHANG IMPORT & EXPORT CO., LTD.',
  socialCreditCode: '91330203MA2H7Q8X6N',
  orgCode: 'MA2H7Q8X6',
  customsId: '3302960123',
  exporterCode: 'MA2H7Q8X6',
  exporterTel: '0574-87651234',
  exporterFax: '0574-87651235',
  exporterMail: 'trade@yuanhang-nb.example',
  legalName: '陈海峰',
  legalTel: '13905741234',
  corporateContacts: '林晓雯',
  corporateContactsTel: '13857412345',
  enterpriseAddr: '浙江省宁波市海曙区望春工业园区杉杉路 188 号',
  fetchPlace: '宁波海关',
  aplAdd: '宁波',
  exporter:
    'NINGBO HAISHU YUANHANG IMPORT & EXPORT CO., LTD.\nNO.188 SHANSHAN ROAD, WANGCHUN INDUSTRIAL PARK, HAISHU DISTRICT, NINGBO, CHINA',
};
const FIXTURE_SIGNER = {
  id: 11,
  name: '周文杰',
  identity: '330203199001011236',
  tel: '13600574321',
};

/** Partners that must come with ports: the main trading partners of Chinese exporters. */
const MAIN_PARTNERS = [
  'JP',
  'KR',
  'US',
  'DE',
  'GB',
  'FR',
  'NL',
  'IT',
  'ES',
  'AU',
  'NZ',
  'SG',
  'MY',
  'TH',
  'VN',
  'ID',
  'PH',
  'IN',
  'PK',
  'RU',
  'BR',
  'CL',
  'PE',
  'CA',
  'AE',
  'SA',
  'HK',
];

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
});

afterAll(async () => {
  await sandbox.close();
});

beforeEach(() => {
  sandbox.reset();
});

/** Builds the published URL form: the base ending in `/open/` plus a path starting with `/`. */
function apiUrl(
  route: ApiRouteName,
  params: Record<string, string | number> = {},
  query = '',
): string {
  return `${sandbox.url}${expandPath(API_ROUTES[route].path, params)}${query}`;
}

function adminUrl(resource: string): string {
  return new URL(`/__sandbox/${resource}`, sandbox.url).href;
}

async function getJson(url: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, init);
  expect(response.status, url).toBe(200);
  return response.json();
}

function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function expectSpringError(response: Response, status: number): Promise<void> {
  expect(response.status).toBe(status);
  const body: unknown = await response.json();
  expect(body).toMatchObject({ status, path: new URL(response.url).pathname });
  expect(body).toHaveProperty('timestamp');
  expect(body).toHaveProperty('error');
}

describe('sandbox transport countries', () => {
  it('serves every customs country', async () => {
    const countries = countryListSchema.parse(await getJson(apiUrl('transportCountries')));

    expect(countries).toHaveLength(243);
    expect(new Set(countries.map((country) => country.customsCountryCode)).size).toBe(243);
    expect(countries.find((country) => country.customsCountryCode === '116')).toMatchObject({
      countryNameChinese: '日本',
      countryNameEnglish: 'Japan',
      countryCode: 'JP',
    });
  });

  it('lists UN/LOCODE ports for main partners', async () => {
    const countries = countryListSchema.parse(await getJson(apiUrl('transportCountries')));

    for (const iso of MAIN_PARTNERS) {
      const country = countries.find((candidate) => candidate.countryCode === iso);
      expect(country?.transportPortDtoList.length, iso).toBeGreaterThan(0);
      for (const port of country?.transportPortDtoList ?? []) {
        expect(port.portCode, iso).toMatch(new RegExp(`^${iso}[A-Z0-9]{3}$`));
        expect(port.portNameChinese, port.portCode).not.toBe('');
        expect(port.portNameEnglish, port.portCode).not.toBe('');
      }
    }
  });

  it('keeps rows without an ISO code', async () => {
    const countries = countryListSchema.parse(await getJson(apiUrl('transportCountries')));

    const other = countries.find((country) => country.customsCountryCode === '199');
    expect(other?.countryCode).toBe('');
    expect(other?.transportPortDtoList).toEqual([]);
  });

  it('filters by comma-separated regionCodes', async () => {
    const countries = countryListSchema.parse(
      await getJson(apiUrl('transportCountries', {}, '?regionCodes=116,133')),
    );

    expect(countries.map((country) => country.countryCode)).toEqual(['JP', 'KR']);
  });

  it('filters by repeated regionCodes', async () => {
    const url = apiUrl('transportCountries', {}, '?regionCodes=502&regionCodes=304');
    const countries = countryListSchema.parse(await getJson(url));

    expect(countries.map((country) => country.countryCode).sort()).toEqual(['DE', 'US']);
  });

  it('returns an empty list for unknown regionCodes', async () => {
    expect(await getJson(apiUrl('transportCountries', {}, '?regionCodes=000'))).toEqual([]);
  });
});

describe('sandbox agreement countries', () => {
  const agreements = JSON.parse(readFileSync('tests/sandbox/data/fta-agreements.json', 'utf8')) as {
    id: string;
    certificate_form: string | null;
    partners: string[];
  }[];

  it('has one row per agreement partner', async () => {
    const rows = agreementCountryListSchema.parse(await getJson(apiUrl('agreementCountries')));

    const expected = agreements.flatMap((agreement) =>
      agreement.partners.map((iso) => `${agreement.id}/${iso}`),
    );
    expect(rows.map((row) => `${row.agreementCode}/${row.countryCode}`)).toEqual(expected);
  });

  it('joins country fields by ISO code', async () => {
    const rows = agreementCountryListSchema.parse(await getJson(apiUrl('agreementCountries')));
    const countries = countryListSchema.parse(await getJson(apiUrl('transportCountries')));

    for (const row of rows) {
      const country = countries.find((candidate) => candidate.countryCode === row.countryCode);
      expect(row.customsCountryCode, row.countryCode).toBe(country?.customsCountryCode);
      expect(row.countryNameChinese, row.countryCode).toBe(country?.countryNameChinese);
    }
  });

  it('maps certificate forms, empty when unknown', async () => {
    const rows = agreementCountryListSchema.parse(await getJson(apiUrl('agreementCountries')));

    expect(rows.find((row) => row.agreementCode === 'china-asean')?.certificateType).toBe('FORM E');
    expect(rows.find((row) => row.agreementCode === 'china-australia')?.certificateType).toBe('');
  });
});

describe('sandbox customs-122 rules', () => {
  it('serves over 1000 rules in 40+ chapters', async () => {
    const rules = customs122ListSchema.parse(await getJson(apiUrl('customs122')));

    expect(rules.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(rules.map((rule) => rule.tariffChapter)).size).toBeGreaterThanOrEqual(40);
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    expect(new Set(rules.map((rule) => rule.hsCode)).size).toBe(rules.length);
  });

  it('has well-formed codes and criteria', async () => {
    const rules = customs122ListSchema.parse(await getJson(apiUrl('customs122')));

    for (const rule of rules) {
      expect(rule.hsCode, String(rule.id)).toMatch(/^\d{6}(\d{2})?$/);
      expect(rule.hsCode.startsWith(rule.tariffChapter), String(rule.id)).toBe(true);
      expect(rule.tariffCodeList, String(rule.id)).toMatch(/^\d{4}\.\d{2,4}(,\d{4}\.\d{2,4})*$/);
      expect(rule.materialChangeCriteria, String(rule.id)).toMatch(
        /^(WO|CC|CTH|CTSH|RVC\d{2})([或且](CC|CTH|CTSH|RVC\d{2}))?$/,
      );
      expect(rule.cargoDesc, String(rule.id)).toMatch(/\p{Script=Han}/u);
    }
  });

  it('marks some rules with isStar', async () => {
    const rules = customs122ListSchema.parse(await getJson(apiUrl('customs122')));

    expect(rules.some((rule) => rule.isStar)).toBe(true);
    expect(rules.some((rule) => !rule.isStar)).toBe(true);
  });

  it('includes the T-shirt heading', async () => {
    const rules = customs122ListSchema.parse(await getJson(apiUrl('customs122')));

    const heading = rules.find((rule) => rule.hsCode === '610900');
    expect(heading?.tariffCodeList).toBe('6109.10,6109.90');
    expect(heading?.cargoDesc).toContain('T恤衫');
  });
});

describe('sandbox standard codes', () => {
  it.each(STANDARD_CODE_TABLES)('serves %s as a Spring page', async (table) => {
    const page = standardCodePageSchema.parse(
      await getJson(apiUrl('standardCodes', { management: table })),
    );

    expect(page.content).toHaveLength(20);
    expect(page.size).toBe(20);
    expect(page.number).toBe(0);
    expect(page).toMatchObject({ first: true, last: false, numberOfElements: 20, empty: false });
    expect(page).toMatchObject({
      pageable: { paged: true, unpaged: false, pageNumber: 0, pageSize: 20, offset: 0, sort: [] },
    });
  });

  it.each(STANDARD_CODE_TABLES)('pages through all of %s', async (table) => {
    const first = standardCodePageSchema.parse(
      await getJson(apiUrl('standardCodes', { management: table }, '?size=7')),
    );
    const codes: string[] = [];

    for (let page = 0; page < (first.totalPages ?? 0); page++) {
      const url = apiUrl('standardCodes', { management: table }, `?size=7&page=${page}`);
      const result = standardCodePageSchema.parse(await getJson(url));
      codes.push(...result.content.map((entry) => entry.code));
      expect(result.last, `page ${page}`).toBe(page === (first.totalPages ?? 0) - 1);
    }

    expect(codes).toHaveLength(first.totalElements ?? -1);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((code) => /^\d{4}$/.test(code))).toBe(true);
  });

  it('has 40+ customs districts including Ningbo', async () => {
    const url = apiUrl('standardCodes', { management: 'customs-district' }, '?size=2000');
    const page = standardCodePageSchema.parse(await getJson(url));

    expect(page.totalElements).toBeGreaterThanOrEqual(40);
    expect(page.content.find((entry) => entry.code === '3100')).toMatchObject({
      name: '宁波海关',
      nameEn: 'Ningbo Customs',
    });
  });

  it('has 15+ trade modes including general trade', async () => {
    const url = apiUrl('standardCodes', { management: 'trade-mode' }, '?size=2000');
    const page = standardCodePageSchema.parse(await getJson(url));

    expect(page.totalElements).toBeGreaterThanOrEqual(15);
    expect(page.content.find((entry) => entry.code === '0110')?.name).toBe('一般贸易');
    expect(page.content.find((entry) => entry.code === '0615')?.name).toBe('进料对口');
  });

  it('clamps size to 2000', async () => {
    const url = apiUrl('standardCodes', { management: 'trade-mode' }, '?size=5000');
    const page = standardCodePageSchema.parse(await getJson(url));

    expect(page.size).toBe(2000);
  });

  it('returns an empty page past the end', async () => {
    const url = apiUrl('standardCodes', { management: 'trade-mode' }, '?page=99');
    const page = standardCodePageSchema.parse(await getJson(url));

    expect(page.content).toEqual([]);
    expect(page).toMatchObject({ empty: true, last: true, number: 99 });
  });

  it('returns 404 for an unknown table', async () => {
    await expectSpringError(await fetch(apiUrl('standardCodes', { management: 'currency' })), 404);
  });
});

describe('sandbox enterprises', () => {
  it('lists three seeded enterprises', async () => {
    const page = enterprisePageSchema.parse(await getJson(apiUrl('enterpriseList')));

    expect(page.content.map((enterprise) => enterprise.id)).toEqual([1, 2, 3]);
    expect(page.totalElements).toBe(3);
  });

  it('serves the fixture profile as enterprise 1', async () => {
    const enterprise = enterpriseSchema.parse(await getJson(apiUrl('enterpriseGet', { id: 1 })));

    expect(enterprise).toMatchObject(FIXTURE_ENTERPRISE);
    expect(enterprise.customsEnterpriseSigners[0]).toMatchObject(FIXTURE_SIGNER);
  });

  it('serves signer 11 first for enterprise 1', async () => {
    const signers = signerListSchema.parse(await getJson(apiUrl('enterpriseSigners', { id: 1 })));

    expect(signers[0]).toMatchObject({ ...FIXTURE_SIGNER, enterpriseId: 1 });
  });

  it('gives each enterprise 2–3 signers matching the embedded list', async () => {
    for (const id of [1, 2, 3]) {
      const enterprise = enterpriseSchema.parse(await getJson(apiUrl('enterpriseGet', { id })));
      const signers = signerListSchema.parse(await getJson(apiUrl('enterpriseSigners', { id })));

      expect(signers.length, `enterprise ${id}`).toBeGreaterThanOrEqual(2);
      expect(signers.length, `enterprise ${id}`).toBeLessThanOrEqual(3);
      expect(signers, `enterprise ${id}`).toEqual(enterprise.customsEnterpriseSigners);
      expect(signers.every((signer) => signer.enterpriseId === id)).toBe(true);
    }
  });

  it('seeds valid registration codes', async () => {
    const page = enterprisePageSchema.parse(await getJson(apiUrl('enterpriseList')));

    for (const enterprise of page.content) {
      expect(isValidUscc(enterprise.socialCreditCode), enterprise.socialCreditCode).toBe(true);
      expect(isValidOrgCode(enterprise.orgCode), enterprise.orgCode).toBe(true);
      expect(enterprise.socialCreditCode.slice(8, 17)).toBe(enterprise.orgCode);
      expect(enterprise.exporterMail).toMatch(/@[\w.-]+\.example$/);
      for (const signer of enterprise.customsEnterpriseSigners) {
        expect(isValidResidentId(signer.identity), signer.identity).toBe(true);
      }
    }
  });

  it('filters the list by keyword', async () => {
    const byChinese = enterprisePageSchema.parse(
      await getJson(apiUrl('enterpriseList', {}, '?keyword=宁波')),
    );
    const byEnglish = enterprisePageSchema.parse(
      await getJson(apiUrl('enterpriseList', {}, '?keyword=hengtuo')),
    );
    const none = enterprisePageSchema.parse(
      await getJson(apiUrl('enterpriseList', {}, '?keyword=不存在')),
    );

    expect(byChinese.content.map((enterprise) => enterprise.id)).toEqual([1]);
    expect(byEnglish.content.map((enterprise) => enterprise.id)).toEqual([2]);
    expect(none.content).toEqual([]);
    expect(none.totalElements).toBe(0);
  });

  it('pages the list', async () => {
    const page = enterprisePageSchema.parse(
      await getJson(apiUrl('enterpriseList', {}, '?size=2&page=1')),
    );

    expect(page.content.map((enterprise) => enterprise.id)).toEqual([3]);
    expect(page).toMatchObject({ totalPages: 2, last: true, number: 1 });
  });

  it('returns 404 for a missing enterprise', async () => {
    await expectSpringError(await fetch(apiUrl('enterpriseGet', { id: 999 })), 404);
    await expectSpringError(await fetch(apiUrl('enterpriseSigners', { id: 999 })), 404);
  });

  it('returns 400 for a non-numeric id', async () => {
    await expectSpringError(await fetch(apiUrl('enterpriseGet', { id: 'abc' })), 400);
  });
});

describe('sandbox enterprise save', () => {
  it('creates an enterprise without id', async () => {
    const response = await postJson(apiUrl('enterpriseSave'), {
      enterpriseCnName: '杭州测试贸易有限公司',
      customsEnterpriseSigners: [
        { name: '赵一', identity: '110105194912310029', tel: '13000000000' },
      ],
    });
    const saved = enterpriseSchema.parse(await response.json());
    const fetched = enterpriseSchema.parse(
      await getJson(apiUrl('enterpriseGet', { id: saved.id })),
    );

    expect(response.status).toBe(200);
    expect(saved.id).toBe(4);
    expect(fetched).toEqual(saved);
    expect(fetched.enterpriseCnName).toBe('杭州测试贸易有限公司');
    expect(fetched.customsEnterpriseSigners[0]).toMatchObject({
      id: 34,
      name: '赵一',
      enterpriseId: 4,
    });
  });

  it('treats id 0 as create', async () => {
    const saved = enterpriseSchema.parse(
      await (await postJson(apiUrl('enterpriseSave'), { id: 0, enterpriseCnName: 'A' })).json(),
    );

    expect(saved.id).toBe(4);
  });

  it('updates an existing enterprise and keeps other fields', async () => {
    await postJson(apiUrl('enterpriseSave'), { id: 1, exporterTel: '0574-80000000' });

    const fetched = enterpriseSchema.parse(await getJson(apiUrl('enterpriseGet', { id: 1 })));
    expect(fetched.exporterTel).toBe('0574-80000000');
    expect(fetched.enterpriseCnName).toBe(FIXTURE_ENTERPRISE.enterpriseCnName);
    expect(fetched.customsEnterpriseSigners).toHaveLength(2);
  });

  it('replaces signers on update', async () => {
    await postJson(apiUrl('enterpriseSave'), {
      id: 1,
      customsEnterpriseSigners: [{ id: 11, tel: '13900000000' }, { name: '新签员' }],
    });

    const signers = signerListSchema.parse(await getJson(apiUrl('enterpriseSigners', { id: 1 })));
    expect(signers.map((signer) => signer.id)).toEqual([11, 34]);
    expect(signers[0]).toMatchObject({ name: '周文杰', tel: '13900000000' });
    expect(signers[1]).toMatchObject({ name: '新签员', enterpriseId: 1 });
  });

  it('shows saved enterprises in the list', async () => {
    await postJson(apiUrl('enterpriseSave'), { enterpriseCnName: '温州新建鞋业有限公司' });

    const page = enterprisePageSchema.parse(
      await getJson(apiUrl('enterpriseList', {}, '?keyword=温州')),
    );
    expect(page.content.map((enterprise) => enterprise.id)).toEqual([4]);
  });

  it('returns 404 for an unknown id', async () => {
    await expectSpringError(
      await postJson(apiUrl('enterpriseSave'), { id: 77, enterpriseCnName: 'X' }),
      404,
    );
  });

  it('returns 400 for malformed JSON', async () => {
    const response = await fetch(apiUrl('enterpriseSave'), { method: 'POST', body: '{"id":' });

    await expectSpringError(response, 400);
  });

  it('returns 400 for a mistyped field', async () => {
    await expectSpringError(await postJson(apiUrl('enterpriseSave'), { id: 'one' }), 400);
  });

  it('restores seed data on reset', async () => {
    await postJson(apiUrl('enterpriseSave'), { id: 1, legalName: '改名' });
    await postJson(apiUrl('enterpriseSave'), { enterpriseCnName: '新公司' });

    sandbox.reset();

    const enterprise = enterpriseSchema.parse(await getJson(apiUrl('enterpriseGet', { id: 1 })));
    expect(enterprise.legalName).toBe(FIXTURE_ENTERPRISE.legalName);
    expect((await fetch(apiUrl('enterpriseGet', { id: 4 }))).status).toBe(404);
  });
});

describe('sandbox routing', () => {
  it('accepts the single-slash form', async () => {
    const enterprise = enterpriseSchema.parse(await getJson(`${sandbox.url}customs-enterprises/1`));

    expect(enterprise.id).toBe(1);
  });

  it('uses the published double-slash form', () => {
    expect(apiUrl('enterpriseList')).toMatch(/\/open\/\/customs-enterprises$/);
  });

  it('sends JSON as UTF-8', async () => {
    const response = await fetch(apiUrl('enterpriseGet', { id: 1 }));

    expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('returns 404 for unknown paths', async () => {
    await expectSpringError(await fetch(`${sandbox.url}/origin-certificates/unknown`), 404);
    await expectSpringError(await fetch(new URL('/customs-enterprises', sandbox.url)), 404);
  });

  it('returns 413 for an oversized body', async () => {
    const body = JSON.stringify({ enterpriseCnName: '大'.repeat(MAX_REQUEST_BYTES) });

    const response = await fetch(apiUrl('enterpriseSave'), { method: 'POST', body });

    await expectSpringError(response, 413);
  });

  it('returns 405 with Allow for a wrong method', async () => {
    const response = await fetch(apiUrl('enterpriseGet', { id: 1 }), { method: 'PUT' });

    expect(response.headers.get('allow')).toBe('GET, DELETE');
    await expectSpringError(response, 405);
  });
});

describe('sandbox authentication', () => {
  it('returns 401 without the configured header', async () => {
    const guarded = await startSandbox({
      requireAuth: { header: 'X-Api-Key', value: 'sandbox-key' },
    });
    try {
      const url = `${guarded.url}/customs-enterprises/1`;
      await expectSpringError(await fetch(url), 401);
      await expectSpringError(await fetch(url, { headers: { 'X-Api-Key': 'wrong' } }), 401);
      expect((await fetch(url, { headers: { 'x-api-key': 'sandbox-key' } })).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('checks the token query parameter', async () => {
    const guarded = await startSandbox({ requireAuth: { token: 'tok-123' } });
    try {
      const url = `${guarded.url}/transport-countries`;
      await expectSpringError(await fetch(url), 401);
      await expectSpringError(await fetch(`${url}?token=nope`), 401);
      expect((await fetch(`${url}?token=tok-123`)).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('requires every configured credential', async () => {
    const guarded = await startSandbox({
      requireAuth: { header: 'X-Api-Key', value: 'k', token: 't' },
    });
    try {
      const url = `${guarded.url}/transport-countries`;
      await expectSpringError(await fetch(`${url}?token=t`), 401);
      await expectSpringError(await fetch(url, { headers: { 'X-Api-Key': 'k' } }), 401);
      expect((await fetch(`${url}?token=t`, { headers: { 'X-Api-Key': 'k' } })).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('keeps the admin API open', async () => {
    const guarded = await startSandbox({ requireAuth: { header: 'X-Api-Key', value: 'k' } });
    try {
      expect((await fetch(new URL('/__sandbox/requests', guarded.url))).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('rejects a header without value', async () => {
    await expect(startSandbox({ requireAuth: { header: 'X-Api-Key' } })).rejects.toThrow(
      /header.*value/,
    );
  });

  it('accepts anything by default', async () => {
    const response = await fetch(apiUrl('enterpriseGet', { id: 1 }), {
      headers: { authorization: 'Bearer whatever' },
    });

    expect(response.status).toBe(200);
  });
});

describe('sandbox status faults', () => {
  it('returns a fault status with Retry-After', async () => {
    sandbox.faults.add({ route: 'transportCountries', status: 503, retryAfter: 7 });

    const response = await fetch(apiUrl('transportCountries'));

    expect(response.headers.get('retry-after')).toBe('7');
    await expectSpringError(response, 503);
  });

  it('applies a fault only to its route', async () => {
    sandbox.faults.add({ route: 'customs122', status: 500 });

    expect((await fetch(apiUrl('transportCountries'))).status).toBe(200);
    expect((await fetch(apiUrl('customs122'))).status).toBe(500);
  });

  it('applies a * fault to every route', async () => {
    sandbox.faults.add({ status: 502 });

    expect((await fetch(apiUrl('transportCountries'))).status).toBe(502);
    expect((await fetch(apiUrl('enterpriseGet', { id: 1 }))).status).toBe(502);
  });

  it('stops after times requests', async () => {
    sandbox.faults.add({ route: 'enterpriseGet', status: 429, times: 2 });

    const statuses = [];
    for (let index = 0; index < 3; index++)
      statuses.push((await fetch(apiUrl('enterpriseGet', { id: 1 }))).status);

    expect(statuses).toEqual([429, 429, 200]);
    expect(sandbox.faults.list()).toEqual([]);
  });

  it('applies the oldest matching fault first', async () => {
    sandbox.faults.add({ route: 'enterpriseGet', status: 503, times: 1 });
    sandbox.faults.add({ route: 'enterpriseGet', status: 504, times: 1 });

    expect((await fetch(apiUrl('enterpriseGet', { id: 1 }))).status).toBe(503);
    expect((await fetch(apiUrl('enterpriseGet', { id: 1 }))).status).toBe(504);
  });

  it('drops the connection for status 0', async () => {
    sandbox.faults.add({ route: 'enterpriseList', status: 0, times: 1 });

    await expect(fetch(apiUrl('enterpriseList'))).rejects.toThrow();
    expect((await fetch(apiUrl('enterpriseList'))).status).toBe(200);
  });

  it('delays the response by latencyMs', async () => {
    sandbox.faults.add({ route: 'enterpriseGet', latencyMs: 300 });

    const started = Date.now();
    const response = await fetch(apiUrl('enterpriseGet', { id: 1 }));

    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(response.status).toBe(200);
  });

  it('lets a client time out during latency', async () => {
    sandbox.faults.add({ route: 'enterpriseGet', latencyMs: 5000 });

    await expect(
      fetch(apiUrl('enterpriseGet', { id: 1 }), { signal: AbortSignal.timeout(100) }),
    ).rejects.toThrow();
  });

  it('rejects invalid faults', () => {
    expect(() => sandbox.faults.add({ status: 42 })).toThrow(/status/);
    expect(() => sandbox.faults.add({ latencyMs: 10_000_000 })).toThrow();
  });
});

describe('sandbox body faults', () => {
  it('sends malformed JSON', async () => {
    sandbox.faults.add({ route: 'transportCountries', body: 'malformed-json' });

    const response = await fetch(apiUrl('transportCountries'));
    const text = await response.text();

    expect(response.status).toBe(200);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it('cuts the body off part-way', async () => {
    sandbox.faults.add({ route: 'customs122', body: 'truncated' });

    const response = await fetch(apiUrl('customs122'));

    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it('sends an HTML page', async () => {
    sandbox.faults.add({ route: 'enterpriseGet', body: 'html', status: 502 });

    const response = await fetch(apiUrl('enterpriseGet', { id: 1 }));

    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<html');
  });

  it('sends an empty body', async () => {
    sandbox.faults.add({ route: 'enterpriseGet', body: 'empty' });

    const response = await fetch(apiUrl('enterpriseGet', { id: 1 }));

    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('sends a large body that still parses', async () => {
    sandbox.faults.add({ route: 'transportCountries', body: 'large' });

    const response = await fetch(apiUrl('transportCountries'));
    const text = await response.text();

    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(LARGE_BODY_BYTES);
    expect(countryListSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it('sends a large single object that still parses', async () => {
    sandbox.faults.add({ route: 'enterpriseGet', body: 'large' });

    const text = await (await fetch(apiUrl('enterpriseGet', { id: 1 }))).text();

    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(LARGE_BODY_BYTES);
    expect(enterpriseSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });
});

interface DriftCase {
  route: ApiRouteName;
  url: () => string;
  schema: z.ZodType;
  post?: unknown;
}

const DRIFT_CASES: DriftCase[] = [
  {
    route: 'transportCountries',
    url: () => apiUrl('transportCountries'),
    schema: countryListSchema,
  },
  {
    route: 'agreementCountries',
    url: () => apiUrl('agreementCountries'),
    schema: agreementCountryListSchema,
  },
  { route: 'customs122', url: () => apiUrl('customs122'), schema: customs122ListSchema },
  {
    route: 'standardCodes',
    url: () => apiUrl('standardCodes', { management: 'trade-mode' }),
    schema: standardCodePageSchema,
  },
  { route: 'enterpriseList', url: () => apiUrl('enterpriseList'), schema: enterprisePageSchema },
  {
    route: 'enterpriseGet',
    url: () => apiUrl('enterpriseGet', { id: 1 }),
    schema: enterpriseSchema,
  },
  {
    route: 'enterpriseSave',
    url: () => apiUrl('enterpriseSave'),
    schema: enterpriseSchema,
    post: { id: 2 },
  },
  {
    route: 'enterpriseSigners',
    url: () => apiUrl('enterpriseSigners', { id: 1 }),
    schema: signerListSchema,
  },
];

async function fetchCase(testCase: DriftCase): Promise<unknown> {
  const response =
    testCase.post === undefined
      ? await fetch(testCase.url())
      : await postJson(testCase.url(), testCase.post);
  expect(response.status, testCase.route).toBe(200);
  return response.json();
}

describe('sandbox schema drift', () => {
  // Every route's drift is checked through the client in api-routes.test.ts; these cases check
  // the raw responses of the dictionary and enterprise routes.
  it('names only routes of the path table', () => {
    for (const testCase of DRIFT_CASES) expect(Object.keys(API_ROUTES)).toContain(testCase.route);
  });

  it.each(DRIFT_CASES)('breaks the $route schema', async (testCase) => {
    expect(testCase.schema.safeParse(await fetchCase(testCase)).success, 'normal answer').toBe(
      true,
    );

    sandbox.faults.add({ route: testCase.route, body: 'schema-drift' });

    expect(testCase.schema.safeParse(await fetchCase(testCase)).success, 'drifted answer').toBe(
      false,
    );
  });

  it('breaks an empty list too', async () => {
    sandbox.faults.add({ route: 'transportCountries', body: 'schema-drift' });

    const body = await getJson(apiUrl('transportCountries', {}, '?regionCodes=000'));

    expect(countryListSchema.safeParse(body).success).toBe(false);
  });
});

describe('sandbox admin API', () => {
  it('adds, lists and clears faults over HTTP', async () => {
    const added = await postJson(adminUrl('faults'), {
      route: 'enterpriseList',
      status: 503,
      times: 3,
    });
    const listed: unknown = await (await fetch(adminUrl('faults'))).json();

    expect(added.status).toBe(201);
    expect(listed).toMatchObject([{ route: 'enterpriseList', status: 503, remaining: 3, hits: 0 }]);
    expect((await fetch(apiUrl('enterpriseList'))).status).toBe(503);

    expect((await fetch(adminUrl('faults'), { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(apiUrl('enterpriseList'))).status).toBe(200);
  });

  it('returns 400 for an invalid fault', async () => {
    const response = await postJson(adminUrl('faults'), { route: 'nope', body: 'weird' });
    const body = (await response.json()) as { message: string };

    expect(response.status).toBe(400);
    expect(body.message).toContain('route');
    expect(body.message).toContain('body');
  });

  it('resets over HTTP', async () => {
    await postJson(apiUrl('enterpriseSave'), { enterpriseCnName: '临时公司' });
    sandbox.faults.add({ route: 'customs122', status: 500 });

    expect((await fetch(adminUrl('reset'), { method: 'POST' })).status).toBe(204);

    expect((await fetch(apiUrl('enterpriseGet', { id: 4 }))).status).toBe(404);
    expect(sandbox.faults.list()).toEqual([]);
  });

  it('returns 404 for unknown admin paths', async () => {
    expect((await fetch(adminUrl('nothing'))).status).toBe(404);
  });
});

describe('sandbox request log', () => {
  it('records method, path, route, query and header names', async () => {
    await fetch(apiUrl('transportCountries', {}, '?regionCodes=116&regionCodes=133'), {
      headers: { 'X-Api-Key': 'secret-value' },
    });

    const [entry] = sandbox.requests();

    expect(entry).toMatchObject({
      method: 'GET',
      path: '/open//transport-countries',
      route: 'transportCountries',
      query: { regionCodes: ['116', '133'] },
    });
    expect(entry?.headerNames).toContain('x-api-key');
    expect(JSON.stringify(entry)).not.toContain('secret-value');
  });

  it('masks the token query parameter', async () => {
    await fetch(apiUrl('customs122', {}, '?token=very-secret'));

    const [entry] = sandbox.requests();

    expect(entry?.query.token).toEqual(['***']);
    expect(JSON.stringify(sandbox.requests())).not.toContain('very-secret');
  });

  it('records the JSON body of a save', async () => {
    await postJson(apiUrl('enterpriseSave'), { id: 1, aplAdd: '杭州' });

    expect(sandbox.requests()[0]?.body).toEqual({ id: 1, aplAdd: '杭州' });
  });

  it('records unknown paths without route', async () => {
    await fetch(`${sandbox.url}/nowhere`);

    const [entry] = sandbox.requests();
    expect(entry?.path).toBe('/open//nowhere');
    expect(entry).not.toHaveProperty('route');
  });

  it('skips admin requests', async () => {
    await fetch(adminUrl('faults'));

    expect(sandbox.requests()).toEqual([]);
  });

  it('serves the log over HTTP', async () => {
    await fetch(apiUrl('enterpriseList'));

    const log: unknown = await (await fetch(adminUrl('requests'))).json();

    expect(log).toMatchObject([{ method: 'GET', route: 'enterpriseList' }]);
  });

  it('keeps only the newest entries', async () => {
    for (let index = 0; index < MAX_LOGGED_REQUESTS + 5; index++) {
      await fetch(apiUrl('enterpriseGet', { id: 1 }, `?n=${index}`));
    }

    const entries = sandbox.requests();
    expect(entries).toHaveLength(MAX_LOGGED_REQUESTS);
    expect(entries[0]?.query.n).toEqual(['5']);
  });
});

describe('sandbox lifecycle', () => {
  it('closes while a request waits on latency', async () => {
    const local = await startSandbox();
    local.faults.add({ latencyMs: 60_000 });
    const pending = fetch(`${local.url}/customs-enterprises`).catch((error: unknown) => error);

    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await local.close();

    expect(Date.now() - started).toBeLessThan(2000);
    expect(await pending).toBeInstanceOf(Error);
  });

  it.each([{ queriesPerStep: -1 }, { queriesPerStep: 1.5 }, { stepMs: -5 }])(
    'rejects CCPIT progress %o',
    async (ccpitProgress) => {
      await expect(startSandbox({ ccpitProgress })).rejects.toThrow(/ccpitProgress/);
    },
  );

  it('serves on 127.0.0.1 with a base URL ending in /open/', () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/open\/$/);
    expect(sandbox.url).toContain(`:${sandbox.port}/`);
  });
});
