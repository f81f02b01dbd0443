// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scripting } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decideFields } from '../../utils/fill/decide';
import { describeDocument } from '../../utils/fill/describe';
import { FRAME_TOO_LARGE, MAX_DESCRIBED_TEXT_LENGTH } from '../../utils/fill/descriptors';
import { describeFrame, writeFrame } from '../../utils/fill/frame-phases';
import type { FillProfile } from '../../utils/fill/types';
import { sourceValues } from '../../utils/fill/values';
import { VOCABULARY } from '../../utils/fill/vocabulary';
import { frameFieldsSchema, parseFrameFields } from '../../utils/messages/frame-fields';
import { fillFrames } from '../../utils/worker/fill-frames';
import { cleanPageText } from '../../utils/worker/page-text';

const PROFILE: FillProfile = {
  enterprise: { enterpriseCnName: '宁波海曙远航进出口有限公司', corporateContacts: '林晓雯' },
  signer: { name: '周文杰', identity: '330203199001011236' },
};

const VALUES = sourceValues(PROFILE);

const OPTIONS = { overwrite: false };

const FORM = `
  <form>
    <div><label for="name">企业名称</label><input id="name"></div>
    <div><label for="contact">联系人</label><input id="contact"></div>
    <div><label for="note">备注</label><input id="note"></div>
  </form>`;

function valueOf(selector: string): string {
  const found = document.querySelector<HTMLInputElement>(selector);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found.value;
}

/** Describes the current document under `token` and decides it, as the worker would. */
function describeAndDecide(token: string) {
  const fields = parseFrameFields(describeFrame(document, token, []));
  if (!fields) throw new Error('the frame described its fields in a form the worker rejects');
  return decideFields(fields, VOCABULARY);
}

beforeEach(() => {
  history.replaceState(null, '', '/co/apply.html?id=7');
  document.body.innerHTML = FORM;
  globalThis.__ftaAssistantPendingFills = undefined;
  globalThis.__ftaAssistantDescribe = undefined;
  globalThis.__ftaAssistantWrite = undefined;
});

describe('describeDocument', () => {
  it('leaves out texts too long to be labels', () => {
    const long = '企'.repeat(MAX_DESCRIBED_TEXT_LENGTH + 1);
    document.body.innerHTML = `<form><div><label for="name">企业名称</label><input id="name" name="${long}" placeholder="${long}" title="${long}"></div></form>`;
    const { descriptors } = describeDocument(document, []);

    expect(descriptors).toHaveLength(1);
    expect(descriptors[0]?.labels.weak).toEqual([]);
    expect(descriptors[0]?.labels.identifiers).toEqual(['name']);
    expect(descriptors[0]?.labels.strong.map((label) => label.text)).toContain('企业名称');
  });

  it('keeps texts at the length limit', () => {
    const limit = 'q'.repeat(MAX_DESCRIBED_TEXT_LENGTH);
    document.body.innerHTML = `<form><div><input id="x" name="${limit}"></div></form>`;
    const { descriptors } = describeDocument(document, []);

    expect(descriptors[0]?.labels.identifiers).toContain(limit);
  });
});

describe('frameFieldsSchema', () => {
  it('accepts what a frame describes', () => {
    const { descriptors } = describeDocument(document, []);
    const parsed = frameFieldsSchema.safeParse(structuredClone(descriptors));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toHaveLength(3);
  });

  const field = { kind: 'text', labels: { strong: [{ text: '企业名称', group: null }], weak: [], identifiers: ['qymc'] }, heading: null, ruled: false };
  const malformed: Array<[string, unknown]> = [
    ['null', null],
    ['an object', { fields: [field] }],
    ['a string', 'fields'],
    ['an empty entry', [{}]],
    ['an unknown kind', [{ ...field, kind: 'checkbox' }]],
    ['a label without text', [{ ...field, labels: { ...field.labels, strong: [{ group: null }] } }]],
    ['a numeric label', [{ ...field, labels: { ...field.labels, strong: [{ text: 7, group: null }] } }]],
    ['a missing group', [{ ...field, labels: { ...field.labels, strong: [{ text: '名称' }] } }]],
    ['a non-string placeholder', [{ ...field, labels: { ...field.labels, weak: [1] } }]],
    ['missing labels', [{ kind: 'text', heading: null, ruled: false }]],
    ['a numeric heading', [{ ...field, heading: 3 }]],
    ['a missing rule flag', [{ kind: field.kind, labels: field.labels, heading: null }]],
    ['a string rule flag', [{ ...field, ruled: 'yes' }]],
  ];
  it.each(malformed)('rejects %s', (_name, reply) => {
    expect(frameFieldsSchema.safeParse(reply).success).toBe(false);
  });
});

describe('parseFrameFields', () => {
  it('reads what describeFrame returns', () => {
    const fields = parseFrameFields(describeFrame(document, 'fill-1', []));
    expect(fields?.map((field) => field.labels.identifiers)).toEqual([['name'], ['contact'], ['note']]);
  });

  const rejected: Array<[string, unknown]> = [
    ['a list that is not JSON', [{ kind: 'text', labels: { strong: [], weak: [], identifiers: ['qymc'] }, heading: null, ruled: false }]],
    ['null', null],
    ['a number', 7],
    ['invalid JSON', '[{"kind":'],
    ['JSON of another shape', JSON.stringify({ fields: [] })],
    ['JSON of a malformed field', JSON.stringify([{ kind: 'checkbox', labels: { strong: [], weak: [], identifiers: [] }, heading: null, ruled: false }])],
  ];
  it.each(rejected)('rejects %s', (_name, reply) => {
    expect(parseFrameFields(reply)).toBeNull();
  });
});

describe('describeFrame and writeFrame', () => {
  it('writes the decided fields', () => {
    const decisions = describeAndDecide('fill-1');
    const report = writeFrame(document, 'fill-1', decisions, VALUES, OPTIONS);
    expect(report?.filled.map((entry) => entry.source)).toEqual(['enterprise.enterpriseCnName', 'enterprise.corporateContacts']);
    expect(valueOf('#name')).toBe('宁波海曙远航进出口有限公司');
    expect(valueOf('#contact')).toBe('林晓雯');
  });

  it('deletes the fields once written', () => {
    const decisions = describeAndDecide('fill-1');
    expect(writeFrame(document, 'fill-1', decisions, VALUES, OPTIONS)).not.toBeNull();
    expect(writeFrame(document, 'fill-1', decisions, VALUES, OPTIONS)).toBeNull();
  });

  it('writes nothing when the stored fields are gone', () => {
    const decisions = describeAndDecide('fill-1');
    // A navigation gives the frame a new global object without the stored fields.
    globalThis.__ftaAssistantPendingFills = undefined;
    expect(writeFrame(document, 'fill-1', decisions, VALUES, OPTIONS)).toBeNull();
    expect(valueOf('#name')).toBe('');
    expect(valueOf('#contact')).toBe('');
  });

  it('writes nothing under an unknown token', () => {
    const decisions = describeAndDecide('fill-1');
    expect(writeFrame(document, 'fill-2', decisions, VALUES, OPTIONS)).toBeNull();
    expect(valueOf('#name')).toBe('');
  });

  it('writes nothing into another document', () => {
    const decisions = describeAndDecide('fill-1');
    const other = document.implementation.createHTMLDocument('other');
    expect(writeFrame(other, 'fill-1', decisions, VALUES, OPTIONS)).toBeNull();
    expect(valueOf('#name')).toBe('');
  });

  it('drops the oldest of too many pending fills', () => {
    const decisions = describeAndDecide('fill-1');
    for (const token of ['fill-2', 'fill-3', 'fill-4', 'fill-5']) describeFrame(document, token, []);
    expect(writeFrame(document, 'fill-1', decisions, VALUES, OPTIONS)).toBeNull();
    expect(writeFrame(document, 'fill-5', decisions, VALUES, OPTIONS)?.filled).toHaveLength(2);
  });
});

/** A frame of the fake tab: it runs an injected function and returns its result, or throws as a failed injection does. */
type FakeFrame = (injection: Scripting.ScriptInjection) => unknown;

/** A frame that shows the test document, with the fill script's functions installed as `fill-frame.js` installs them. */
const documentFrame: FakeFrame = (injection) => {
  globalThis.__ftaAssistantDescribe = (token, rules) => describeFrame(document, token, rules);
  globalThis.__ftaAssistantWrite = (token, decisions, values, options) => writeFrame(document, token, decisions, values, options);
  return injection.func?.(...(injection.args ?? []));
};

/** Fakes `executeScript` for the frames of one tab, each frame running its own function. */
function fakeTab(frames: Record<number, FakeFrame>) {
  return vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => {
    const frameIds = injection.target.frameIds ?? [];
    return frameIds.map((frameId) => {
      const frame = frames[frameId];
      if (!frame) throw new Error(`No frame with id ${frameId} in tab ${injection.target.tabId}.`);
      return { frameId, documentId: `document-${frameId}`, result: frame(injection) };
    });
  });
}

/** Returns the frame ids of each write injection: the calls that carry the profile as their third argument. */
function writtenFrames(executeScript: ReturnType<typeof fakeTab>): Array<number[] | undefined> {
  const injections = executeScript.mock.calls.map(([injection]) => injection);
  return injections.filter((injection) => (injection.args ?? []).length === 4).map((injection) => injection.target.frameIds);
}

describe('fillFrames', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('sends the profile only with the write', async () => {
    const executeScript = fakeTab({ 0: documentFrame });
    const frames = await fillFrames(7, [0], PROFILE, OPTIONS);

    expect(frames).toHaveLength(1);
    expect(frames[0]?.report.filled).toHaveLength(2);
    expect(valueOf('#name')).toBe('宁波海曙远航进出口有限公司');
    const [describeCall, writeCall] = executeScript.mock.calls.map(([injection]) => injection);
    expect(JSON.stringify(describeCall?.args)).not.toContain('宁波海曙远航进出口有限公司');
    expect(JSON.stringify(writeCall?.args)).toContain('宁波海曙远航进出口有限公司');
    expect(writeCall?.target).toEqual({ tabId: 7, frameIds: [0] });
  });

  it('leaves out a frame with a malformed reply', async () => {
    const executeScript = fakeTab({ 0: documentFrame, 1: () => ({ fields: 'none' }) });
    const frames = await fillFrames(7, [0, 1], PROFILE, OPTIONS);

    expect(frames.map((frame) => frame.frameId)).toEqual([0]);
    expect(writtenFrames(executeScript)).toEqual([[0]]);
  });

  it('leaves out a frame whose description is too large', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const executeScript = fakeTab({ 0: documentFrame, 1: () => FRAME_TOO_LARGE });
    const frames = await fillFrames(7, [0, 1], PROFILE, OPTIONS);

    expect(frames.map((frame) => frame.frameId)).toEqual([0]);
    expect(writtenFrames(executeScript)).toEqual([[0]]);
  });

  it('fills the other frames when one is gone before the describe', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fakeTab({
      0: documentFrame,
      1: () => {
        throw new Error('No frame with id 1 in tab 7.');
      },
    });
    const frames = await fillFrames(7, [0, 1], PROFILE, OPTIONS);

    expect(frames.map((frame) => frame.frameId)).toEqual([0]);
    expect(valueOf('#name')).toBe('宁波海曙远航进出口有限公司');
  });

  it('writes nothing when the stored fields are gone', async () => {
    let injections = 0;
    fakeTab({
      0: (injection) => {
        injections++;
        // The frame navigated between the two injections: the new document has no stored fields.
        if (injections === 2) globalThis.__ftaAssistantPendingFills = undefined;
        return documentFrame(injection);
      },
    });
    const frames = await fillFrames(7, [0], PROFILE, OPTIONS);

    expect(frames).toEqual([]);
    expect(valueOf('#name')).toBe('');
    expect(valueOf('#contact')).toBe('');
  });

  it('fills the other frames when one is gone before the write', async () => {
    let described = false;
    fakeTab({
      0: documentFrame,
      1: () => {
        if (described) throw new Error('No frame with id 1 in tab 7.');
        described = true;
        return '[]';
      },
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const frames = await fillFrames(7, [0, 1], PROFILE, OPTIONS);

    expect(frames.map((frame) => frame.frameId)).toEqual([0]);
    expect(valueOf('#name')).toBe('宁波海曙远航进出口有限公司');
  });
});

describe('fillFrames report labels', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('removes bidi and control characters that the page put in labels', () => {
    expect(cleanPageText('海关\b注册\u200b编码')).toBe('海关注册编码');
    expect(cleanPageText('\u202E码编册注\u202C')).toBe('码编册注');
    expect(cleanPageText('企业\u2066名称\u2069')).toBe('企业名称');
  });

  it('cleans the labels of a frame report', async () => {
    document.body.innerHTML = '<form><div><label for="name">企业\u202E名称</label><input id="name"></div></form>';
    fakeTab({ 0: documentFrame });
    const frames = await fillFrames(7, [0], PROFILE, OPTIONS);

    expect(frames[0]?.report.filled.map((field) => field.label)).toEqual(['企业名称']);
  });
});

describe('sourceValues', () => {
  const values = sourceValues({
    ...PROFILE,
    destinationCountry: { countryNameChinese: '日本', countryNameEnglish: 'JAPAN', countryCode: 'JP', customsCountryCode: '116' },
  });

  it('masks the ID number only where the report shows it', () => {
    expect(values['signer.identity']?.text).toBe('330203199001011236');
    expect(values['signer.identity']?.shown).toBe('3302**********1236');
  });

  it('gives the country its English name and codes', () => {
    expect(values.destinationCountry?.text).toBe('日本');
    expect(values.destinationCountry?.englishText).toBe('JAPAN');
    expect(values.destinationCountry?.targets).toEqual(['116', 'JP', '日本', 'JAPAN']);
  });

  it('leaves out sources the profile has no data for', () => {
    expect(values['enterprise.exporterFax']).toBeUndefined();
    expect(values['producer.producerName']).toBeUndefined();
  });
});
