// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillDocument } from '../../utils/fill/engine';
import type { FillProfile, FillReport } from '../../utils/fill/types';
import { shownValue } from '../../utils/fill/values';
import type { VisibilityProbe } from '../../utils/fill/visibility';

const PROFILE: FillProfile = {
  enterprise: {
    enterpriseCnName: '宁波海曙远航进出口有限公司',
    enterpriseEnName: 'NINGBO HAISHU YUANHANG IMPORT & EXPORT CO., LTD.',
    socialCreditCode: '91330203MA2H7Q8X6N',
    customsId: '3302960123',
    exporterTel: '0574-87651234',
    exporterFax: '0574-87651235',
    exporterMail: 'trade@yuanhang-nb.example',
    corporateContacts: '林晓雯',
    corporateContactsTel: '13857412345',
    enterpriseAddr: '浙江省宁波市海曙区望春工业园区杉杉路 188 号',
    fetchPlace: '宁波海关',
    aplAdd: '宁波',
    exporter: 'NINGBO HAISHU YUANHANG IMPORT & EXPORT CO., LTD.\nNO.188 SHANSHAN ROAD, NINGBO, CHINA',
  },
  signer: { name: '周文杰', identity: '330203199001011236', tel: '13600574321' },
  producer: { producerName: '宁波远航五金制品有限公司' },
  destinationCountry: { countryNameChinese: '日本', countryNameEnglish: 'JAPAN', countryCode: 'JP', customsCountryCode: '116' },
};

const OPTIONS = { overwrite: false };

function field<T extends Element = HTMLInputElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

function fill(profile: FillProfile = PROFILE, options = OPTIONS, probe?: VisibilityProbe): FillReport {
  return fillDocument(document, profile, options, probe);
}

function skipReason(report: FillReport, label: string): string | undefined {
  return report.skipped.find((entry) => entry.label === label)?.reason;
}

beforeEach(() => {
  history.replaceState(null, '', '/co/apply.html?id=7#basic');
  document.body.innerHTML = '';
});

describe('fillDocument', () => {
  it('fills labelled fields and reports them', () => {
    document.body.innerHTML = `
      <form><table>
        <tr><td><span>*</span>企业中文名称：</td><td><input id="cn" name="qyzwmc"></td></tr>
        <tr><td>统一社会信用代码：</td><td><input id="uscc" name="shxydm"></td></tr>
        <tr><td>发票号：</td><td><input id="invoice" name="fph"></td></tr>
      </table></form>`;
    const report = fill();
    expect(field('#cn').value).toBe('宁波海曙远航进出口有限公司');
    expect(field('#uscc').value).toBe('91330203MA2H7Q8X6N');
    expect(field('#invoice').value).toBe('');
    expect(report.filled).toEqual([
      {
        label: '企业中文名称',
        source: 'enterprise.enterpriseCnName',
        frame: 'http://localhost:3000/co/apply.html',
        shown: '宁波海曙远航进出口有限公司',
      },
      {
        label: '统一社会信用代码',
        source: 'enterprise.socialCreditCode',
        frame: 'http://localhost:3000/co/apply.html',
        shown: '91330203MA2H7Q8X6N',
      },
    ]);
    expect(report.skipped).toEqual([]);
  });

  it('masks the ID number in the report only', () => {
    document.body.innerHTML = `<h2>新建手签员</h2><form><label for="id">证件号码</label><input id="id"></form>`;
    const report = fill();
    expect(field('#id').value).toBe('330203199001011236');
    expect(report.filled[0]?.shown).toBe('3302**********1236');
  });

  it('writes through the prototype setter and fires input and change', () => {
    document.body.innerHTML = `<form id="f"><label for="a">传真</label><input id="a"></form>`;
    const input = field('#a');
    const ownWrites: string[] = [];
    const native = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value');
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => native?.get?.call(input),
      set: (value: string) => {
        ownWrites.push(value);
        native?.set?.call(input, value);
      },
    });
    const events: string[] = [];
    for (const type of ['focus', 'input', 'change', 'blur']) field('#f').addEventListener(type, () => events.push(type), true);
    fill();
    expect(input.value).toBe('0574-87651235');
    expect(ownWrites).toEqual([]);
    expect(events).toEqual(['focus', 'input', 'change', 'blur']);
  });

  it('keeps values already in fields unless asked to overwrite', () => {
    document.body.innerHTML = `<label for="a">电子邮箱</label><input id="a" value="zhouwj@yuanhang-nb.example">`;
    const first = fill();
    expect(field('#a').value).toBe('zhouwj@yuanhang-nb.example');
    expect(skipReason(first, '电子邮箱')).toBe('not-empty');

    const replaced = fill(PROFILE, { overwrite: true });
    expect(field('#a').value).toBe('trade@yuanhang-nb.example');
    expect(replaced.filled.map((entry) => entry.source)).toEqual(['enterprise.exporterMail']);
  });

  it('skips a field whose maxlength is too short instead of truncating', () => {
    document.body.innerHTML = `<label for="a">企业地址</label><input id="a" maxlength="20">`;
    const report = fill();
    expect(field('#a').value).toBe('');
    expect(skipReason(report, '企业地址')).toBe('too-long');
  });

  it('reports fields the page replaced while filling', () => {
    document.body.innerHTML = `
      <form id="f">
        <label for="cn">企业中文名称</label><input id="cn">
        <label for="uscc">统一社会信用代码</label><input id="uscc">
        <label for="tel">联系人电话</label><input id="tel">
      </form>`;
    // Like a framework that re-renders the form from its own state after the first input.
    field('#cn').addEventListener('input', () => {
      const form = field<HTMLFormElement>('#f');
      form.replaceWith(form.cloneNode(false));
    });
    const report = fill();
    expect(report.filled).toEqual([]);
    expect(skipReason(report, '企业中文名称')).toBe('replaced');
    expect(skipReason(report, '统一社会信用代码')).toBe('replaced');
    expect(skipReason(report, '联系人电话')).toBe('replaced');
  });

  it('skips readonly and disabled fields with their reason', () => {
    document.body.innerHTML = `
      <label for="a">企业名称</label><input id="a" readonly>
      <label for="b">海关编码</label><input id="b" disabled>
      <fieldset disabled><label for="c">传真</label><input id="c"></fieldset>`;
    const report = fill();
    expect(skipReason(report, '企业名称')).toBe('readonly');
    expect(skipReason(report, '海关编码')).toBe('disabled');
    expect(skipReason(report, '传真')).toBe('disabled');
    expect(report.filled).toEqual([]);
  });

  it('skips hidden fields, by style or by the injected probe', () => {
    document.body.innerHTML = `
      <label for="a">企业名称</label><input id="a" style="display:none">
      <label for="b">传真</label><input id="b">
      <input type="hidden" name="qymc" id="c">`;
    const hideFax: VisibilityProbe = { isVisible: (element) => element.id !== 'b' && element.id !== 'a' && element.id !== 'c' };
    const report = fill(PROFILE, OPTIONS, hideFax);
    expect(field('#a').value).toBe('');
    expect(field('#b').value).toBe('');
    expect(field('#c').value).toBe('');
    expect(report.skipped.map((entry) => entry.reason)).toEqual(['hidden', 'hidden', 'hidden']);
  });

  it('leaves a bare 名称 alone and reports it ambiguous', () => {
    document.body.innerHTML = `<label for="a">名称</label><input id="a" name="f1">`;
    const report = fill();
    expect(field('#a').value).toBe('');
    expect(report.skipped).toEqual([
      { label: '名称', source: 'enterprise.enterpriseCnName', frame: 'http://localhost:3000/co/apply.html', reason: 'ambiguous' },
    ]);
  });

  it('fills a bare 名称 when the field name says whose it is', () => {
    document.body.innerHTML = `<label for="a">名称</label><input id="a" name="qymc">`;
    fill();
    expect(field('#a').value).toBe('宁波海曙远航进出口有限公司');
  });

  it('leaves two equally good candidates alone', () => {
    document.body.innerHTML = `
      <h3>基本信息</h3><div><label for="a">企业名称</label><input id="a"></div>
      <h3>其他信息</h3><div><label for="b">企业名称</label><input id="b"></div>`;
    const report = fill();
    expect(field('#a').value).toBe('');
    expect(field('#b').value).toBe('');
    expect(report.skipped.map((entry) => entry.reason)).toEqual(['ambiguous', 'ambiguous']);
  });

  it('prefers the field whose name agrees with its label', () => {
    document.body.innerHTML = `
      <div><label for="a">企业名称</label><input id="a" name="qymc"></div>
      <div><label for="b">企业名称</label><input id="b" name="x1"></div>`;
    const report = fill();
    expect(field('#a').value).toBe('宁波海曙远航进出口有限公司');
    expect(field('#b').value).toBe('');
    expect(report.skipped.map((entry) => entry.reason)).toEqual(['ambiguous']);
  });

  it('fills the first row of a repeated table only', () => {
    document.body.innerHTML = `
      <h3>申报员</h3>
      <table>
        <thead><tr><th>序号</th><th>姓名</th><th>移动电话</th></tr></thead>
        <tbody>
          <tr><td>1</td><td><input id="n0"></td><td><input id="m0"></td></tr>
          <tr><td>2</td><td><input id="n1"></td><td><input id="m1"></td></tr>
        </tbody>
      </table>`;
    const report = fill();
    expect(field('#n0').value).toBe('周文杰');
    expect(field('#m0').value).toBe('13600574321');
    expect(field('#n1').value).toBe('');
    expect(field('#m1').value).toBe('');
    expect(report.skipped.map((entry) => entry.reason)).toEqual(['no-data', 'no-data']);
  });

  it('fills the first row of indexed field names only', () => {
    document.body.innerHTML = `
      <h3>申报员</h3>
      <div><label for="a">姓名</label><input id="a" name="declarants[0].name"></div>
      <div><label for="b">姓名</label><input id="b" name="declarants[1].name"></div>`;
    const report = fill();
    expect(field('#a').value).toBe('周文杰');
    expect(field('#b').value).toBe('');
    expect(skipReason(report, '姓名')).toBe('no-data');
  });

  it('treats numbered field names as separate fields', () => {
    document.body.innerHTML = `
      <h3>申报员</h3>
      <div><label for="a">姓名</label><input id="a" name="field_1"></div>
      <div><label for="b">姓名</label><input id="b" name="field_2"></div>`;
    const report = fill();
    expect(field('#a').value).toBe('');
    expect(field('#b').value).toBe('');
    expect(report.skipped.map((entry) => entry.reason)).toEqual(['ambiguous', 'ambiguous']);
  });

  it('puts producer data into a producer section', () => {
    document.body.innerHTML = `
      <fieldset><legend>出口商</legend><label for="a">名称</label><input id="a"></fieldset>
      <fieldset><legend>生产商</legend><label for="b">名称</label><input id="b">
        <label for="c">联系人</label><input id="c"></fieldset>`;
    const report = fill();
    expect(field('#a').value).toBe('宁波海曙远航进出口有限公司');
    expect(field('#b').value).toBe('宁波远航五金制品有限公司');
    expect(field('#c').value).toBe('');
    expect(skipReason(report, '联系人')).toBe('no-data');
  });

  it('chooses select options exactly and reports the option text', () => {
    document.body.innerHTML = `
      <label for="a">领证地点</label>
      <select id="a"><option value="">请选择</option><option value="3104">宁波北仑海关</option><option value="3100">宁波海关</option></select>
      <label for="b">目的国</label>
      <select id="b"><option value="">请选择</option><option value="116">日本</option></select>`;
    const report = fill();
    expect(field<HTMLSelectElement>('#a').value).toBe('3100');
    expect(field<HTMLSelectElement>('#b').value).toBe('116');
    expect(report.filled.map((entry) => entry.shown)).toEqual(['宁波海关', '日本']);
  });

  it('leaves a select without an exactly matching option', () => {
    document.body.innerHTML = `
      <label for="c">签证机构</label>
      <select id="c"><option value="">请选择</option><option value="3104">宁波北仑海关</option></select>`;
    const report = fill();
    expect(field<HTMLSelectElement>('#c').value).toBe('');
    expect(skipReason(report, '签证机构')).toBe('no-matching-option');
  });

  it('treats only the implicit first option as an empty select', () => {
    document.body.innerHTML = `
      <label for="a">领证地点</label>
      <select id="a"><option value="2200">上海海关</option><option value="3100">宁波海关</option></select>
      <label for="b">目的国</label>
      <select id="b"><option value="133">韩国</option><option value="116">日本</option><option value="502">美国</option></select>`;
    field<HTMLSelectElement>('#b').value = '502';
    const report = fill();
    expect(field<HTMLSelectElement>('#a').value).toBe('3100');
    expect(field<HTMLSelectElement>('#b').value).toBe('502');
    expect(skipReason(report, '目的国')).toBe('not-empty');
  });

  it('checks the radio whose label equals the data and leaves default choices', () => {
    document.body.innerHTML = `
      <fieldset id="type"><legend>证件类型</legend>
        <input type="radio" name="zjlx" id="t1" value="01" checked><label for="t1">居民身份证</label>
        <input type="radio" name="zjlx" id="t2" value="02"><label for="t2">护照</label></fieldset>
      <fieldset id="place"><legend>申请地点</legend>
        <input type="radio" name="sqdd" id="p1" value="3301"><label for="p1">杭州</label>
        <input type="radio" name="sqdd" id="p2" value="3302"><label for="p2">宁波</label></fieldset>`;
    const report = fill();
    expect(field('#t1').checked).toBe(true);
    expect(field('#p2').checked).toBe(true);
    expect(field('#p1').checked).toBe(false);
    expect(report.filled).toEqual([
      { label: '申请地点', source: 'enterprise.aplAdd', frame: 'http://localhost:3000/co/apply.html', shown: '宁波' },
    ]);
  });

  it('reports a radio whose click the page cancels as readonly', () => {
    document.body.innerHTML = `
      <fieldset><legend>申请地点</legend>
        <input type="radio" name="sqdd" id="p1" value="3302"><label for="p1">宁波</label></fieldset>`;
    field('#p1').addEventListener('click', (event) => event.preventDefault());
    const report = fill();
    expect(field('#p1').checked).toBe(false);
    expect(skipReason(report, '申请地点')).toBe('readonly');
  });

  it('writes the Chinese country name for a Chinese label', () => {
    document.body.innerHTML = `<label for="a">目的国</label><input id="a">`;
    fill();
    expect(field('#a').value).toBe('日本');
  });

  it('writes the English country name for an English label', () => {
    document.body.innerHTML = `<label for="b">Destination Country</label><input id="b">`;
    fill();
    expect(field('#b').value).toBe('JAPAN');
  });

  it('writes the exporter box with its line break', () => {
    document.body.innerHTML = `<label for="a">出口商名称、地址、国家</label><textarea id="a"></textarea>`;
    fill();
    expect(field<HTMLTextAreaElement>('#a').value).toBe(PROFILE.enterprise.exporter);
  });

  it('never fills search or login boxes', () => {
    document.body.innerHTML = `
      <input id="s" placeholder="搜索企业名称">
      <form id="loginForm"><label for="u">统一社会信用代码</label><input id="u"><input type="password"></form>
      <form id="queryForm"><label>企业名称</label><input id="q"><button type="button">查询</button></form>`;
    const report = fill();
    expect(field('#s').value).toBe('');
    expect(field('#u').value).toBe('');
    expect(field('#q').value).toBe('');
    expect(report).toEqual({ filled: [], skipped: [] });
  });

  it('fills fields inside open shadow roots', () => {
    document.body.innerHTML = `<div id="host"></div>`;
    const root = field<HTMLElement>('#host').attachShadow({ mode: 'open' });
    root.innerHTML = `<h3>申请企业</h3><div id="inner"></div>`;
    const inner = root.getElementById('inner');
    if (!inner) throw new Error('no inner host');
    const nested = inner.attachShadow({ mode: 'open' });
    nested.innerHTML = `<label for="c">海关编码</label><input id="c">`;
    const report = fill();
    expect((nested.getElementById('c') as HTMLInputElement).value).toBe('3302960123');
    expect(report.filled).toHaveLength(1);
  });

  it('reports missing profile data as no-data', () => {
    document.body.innerHTML = `<label for="a">组织机构代码</label><input id="a">`;
    const report = fill();
    expect(skipReason(report, '组织机构代码')).toBe('no-data');
  });
});

describe('shownValue', () => {
  it('masks the signer identity and nothing else', () => {
    expect(shownValue('signer.identity', '330203199001011236')).toBe('3302**********1236');
    expect(shownValue('signer.tel', '13600574321')).toBe('13600574321');
  });
});
