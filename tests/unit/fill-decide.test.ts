// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { settleCompetition } from '../../utils/fill/competition';
import { decideFields } from '../../utils/fill/decide';
import { describeDocument } from '../../utils/fill/describe';
import type { FieldDecision, FieldDescriptor } from '../../utils/fill/descriptors';
import { isRowEmpty } from '../../utils/fill/field-state';
import { VOCABULARY } from '../../utils/fill/vocabulary';
import { parseFrameFields } from '../../utils/messages/frame-fields';

/** Formats a decision as `label: kind source [confidence] [en]`, so a table of them reads at a glance. */
function format({ displayLabel, decision, englishLabel }: FieldDecision): string {
  const confidence = decision.kind === 'source' ? ` ${decision.confidence}` : '';
  return `${displayLabel}: ${decision.kind} ${decision.source}${confidence}${englishLabel ? ' en' : ''}`;
}

/**
 * Decides the fields of the current document the way a fill does: the frame describes them, the
 * worker parses the descriptions from JSON and decides, and the frame settles competing claims
 * with every field writable.
 */
function decideDocument(): Array<[number, string]> {
  const { pending, descriptors } = describeDocument(document, []);
  const parsed = parseFrameFields(JSON.stringify(descriptors));
  if (!parsed) throw new Error('the worker rejects the descriptions of this document');
  const decisions = decideFields(parsed, VOCABULARY);
  const entries = decisions.map((decision) => {
    const field = pending.fields[decision.index];
    if (!field) throw new Error(`decision for field ${decision.index}, which was not described`);
    return { ...decision, field };
  });
  settleCompetition(
    entries,
    () => true,
    (entry) => isRowEmpty(entry.field),
  );
  return entries.map((entry) => [entry.index, format(entry)]);
}

function descriptor(strong: string, overrides: Partial<FieldDescriptor> = {}): FieldDescriptor {
  return {
    kind: 'text',
    labels: { strong: strong === '' ? [] : [{ text: strong, group: null }], weak: [], identifiers: [] },
    heading: null,
    ruled: false,
    ...overrides,
  };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('decideFields over descriptors', () => {
  it('decides without a document', () => {
    const decisions = decideFields(
      [descriptor('联系人'), descriptor('电话'), descriptor('名称', { heading: '生产商信息' }), descriptor('发票号')],
      VOCABULARY,
    );
    expect(decisions.map(format)).toEqual([
      '联系人: source enterprise.corporateContacts 3',
      '电话: source enterprise.corporateContactsTel 3',
      '名称: source producer.producerName 3',
    ]);
    expect(decisions.map((decision) => decision.index)).toEqual([0, 1, 2]);
  });

  it('lets a ruled field give context only', () => {
    const decisions = decideFields([descriptor('联系人', { ruled: true }), descriptor('电话')], VOCABULARY);
    expect(decisions.map(format)).toEqual(['电话: source enterprise.corporateContactsTel 3']);
    expect(decisions[0]?.index).toBe(1);
  });

  it('reads the section from a group cell before the heading', () => {
    const grouped = descriptor('', {
      labels: { strong: [{ text: '名称', group: '生产商信息' }], weak: [], identifiers: [] },
      heading: '申报员信息',
    });
    expect(decideFields([grouped], VOCABULARY).map(format)).toEqual(['名称: source producer.producerName 3']);
    expect(decideFields([{ ...grouped, labels: { ...grouped.labels, strong: [{ text: '名称', group: null }] } }], VOCABULARY).map(format)).toEqual([
      '名称: source signer.name 3',
    ]);
  });

  it('decides bare labels from neighbours and sections', () => {
    document.body.innerHTML = `
      <table>
        <tr><td>企业名称：</td><td><input id="name"></td></tr>
        <tr><td>联系人：</td><td><input id="contact"></td></tr>
        <tr><td>电话：</td><td><input id="contact-tel"></td></tr>
        <tr><td>传真：</td><td><input id="fax"></td></tr>
        <tr><td>电话：</td><td><input id="tel"></td></tr>
        <tr><td>手机：</td><td><input id="mobile"></td></tr>
      </table>
      <h3>生产商信息</h3>
      <table>
        <tr><td>名称：</td><td><input id="producer-name"></td></tr>
        <tr><td>电话：</td><td><input id="producer-tel"></td></tr>
        <tr><td>统一社会信用代码：</td><td><input id="producer-uscc"></td></tr>
      </table>`;
    expect(decideDocument()).toEqual([
      [0, '企业名称: source enterprise.enterpriseCnName 3'],
      [1, '联系人: source enterprise.corporateContacts 4'],
      [2, '电话: ambiguous enterprise.exporterTel'],
      [3, '传真: source enterprise.exporterFax 4'],
      [4, '电话: source enterprise.exporterTel 4'],
      [5, '手机: ambiguous signer.tel'],
      [6, '名称: source producer.producerName 4'],
      [7, '电话: source producer.producerContactTel 4'],
      [8, '统一社会信用代码: source producer.socialCreditCode 4'],
    ]);
  });

  it('reads names, English labels and placeholders', () => {
    document.body.innerHTML = `
      <form>
        <div><label for="a">名称</label><input id="a" name="qymc"></div>
        <div><label for="b">Company Name (English)</label><input id="b" name="enName"></div>
        <div><label for="c">Destination Country</label><input id="c"></div>
        <div><label for="d">目的国</label><select id="d"><option value="">请选择</option><option value="116">日本</option></select></div>
        <div><label for="e">出口商名称、地址、国家</label><textarea id="e"></textarea></div>
        <div><input id="f" name="entInfo.legalPersonTel" placeholder="请输入"></div>
        <div><input id="g" placeholder="请输入统一社会信用代码"></div>
        <div><label for="h">发票号</label><input id="h" name="fph"></div>
      </form>`;
    expect(decideDocument()).toEqual([
      [0, '名称: source enterprise.enterpriseCnName 4'],
      [1, 'Company Name (English): source enterprise.enterpriseEnName 4 en'],
      [2, 'Destination Country: ambiguous destinationCountry en'],
      [3, '目的国: ambiguous destinationCountry'],
      [4, '出口商名称、地址、国家: source enterprise.exporter 3'],
      [5, 'entInfo.legalPersonTel: source enterprise.legalTel 1'],
      [6, '统一社会信用代码: source enterprise.socialCreditCode 2'],
    ]);
  });

  it('leaves a source to the most confident claim', () => {
    document.body.innerHTML = `
      <form>
        <label for="a">电话</label><input id="a">
        <label for="b">电话</label><input id="b">
        <label for="c">企业中文名称</label><input id="c" name="qyzwmc">
        <label for="d">企业名称</label><input id="d">
        <label for="e">*证件号码：</label><input id="e">
      </form>`;
    expect(decideDocument()).toEqual([
      [0, '电话: ambiguous enterprise.exporterTel'],
      [1, '电话: ambiguous enterprise.exporterTel'],
      [2, '企业中文名称: source enterprise.enterpriseCnName 4'],
      [3, '企业名称: ambiguous enterprise.enterpriseCnName'],
      [4, '证件号码: ambiguous signer.identity'],
    ]);
  });

  it('gives repeated rows to the first empty row', () => {
    document.body.innerHTML = `
      <h3>申报员信息</h3>
      <table>
        <thead><tr><th>姓名</th><th>身份证号码</th><th>手机号码</th></tr></thead>
        <tbody>
          <tr><td><input name="rows[0].name" value="王芳"></td><td><input name="rows[0].idCard" value="1"></td><td><input name="rows[0].mobile"></td></tr>
          <tr><td><input name="rows[1].name"></td><td><input name="rows[1].idCard"></td><td><input name="rows[1].mobile"></td></tr>
          <tr><td><input name="rows[2].name"></td><td><input name="rows[2].idCard"></td><td><input name="rows[2].mobile"></td></tr>
        </tbody>
      </table>`;
    expect(decideDocument()).toEqual([
      [0, '姓名: extra-row signer.name'],
      [1, '身份证号码: extra-row signer.identity'],
      [2, '手机号码: extra-row signer.tel'],
      [3, '姓名: source signer.name 3'],
      [4, '身份证号码: source signer.identity 4'],
      [5, '手机号码: source signer.tel 4'],
      [6, '姓名: extra-row signer.name'],
      [7, '身份证号码: extra-row signer.identity'],
      [8, '手机号码: extra-row signer.tel'],
    ]);
  });

  it('reads group cells, foreign parties and radio legends', () => {
    document.body.innerHTML = `
      <table>
        <tr><td rowspan="2">联系人</td><td>姓名</td><td><input id="p"></td></tr>
        <tr><td>电话</td><td><input id="t"></td></tr>
        <tr><td rowspan="2">法定代表人</td><td>姓名</td><td><input id="lp"></td></tr>
        <tr><td>电话</td><td><input id="lt"></td></tr>
        <tr><td>收货人名称</td><td colspan="2"><input id="consignee"></td></tr>
      </table>
      <fieldset><legend>领证地点</legend>
        <label><input type="radio" name="fp" value="宁波海关">宁波海关</label>
        <label><input type="radio" name="fp" value="杭州海关">杭州海关</label>
      </fieldset>`;
    expect(decideDocument()).toEqual([
      [0, '联系人姓名: source enterprise.corporateContacts 3'],
      [1, '联系人电话: source enterprise.corporateContactsTel 3'],
      [2, '法定代表人姓名: source enterprise.legalName 3'],
      [3, '法定代表人电话: source enterprise.legalTel 3'],
      [5, '领证地点: source enterprise.fetchPlace 3'],
    ]);
  });
});

describe('settleCompetition', () => {
  it('leaves unwritable claims out', () => {
    const entries = [
      { decision: { kind: 'source', source: 'signer.tel', confidence: 3 } as const, field: { repeatKey: null }, writable: false },
      { decision: { kind: 'source', source: 'signer.tel', confidence: 3 } as const, field: { repeatKey: null }, writable: true },
    ];
    settleCompetition(
      entries,
      (entry) => entry.writable,
      () => true,
    );
    expect(entries.map((entry) => entry.decision.kind)).toEqual(['source', 'source']);
  });

  it('makes a tie ambiguous', () => {
    const entries = [
      { decision: { kind: 'source', source: 'signer.tel', confidence: 3 } as const, field: { repeatKey: null } },
      { decision: { kind: 'source', source: 'signer.tel', confidence: 3 } as const, field: { repeatKey: null } },
    ];
    settleCompetition(
      entries,
      () => true,
      () => true,
    );
    expect(entries.map((entry) => entry.decision.kind)).toEqual(['ambiguous', 'ambiguous']);
  });
});
