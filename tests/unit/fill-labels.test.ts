// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { labelsOfControl, labelsOfRadioGroup, radioOptionText } from '../../utils/fill/labels';
import { HeadingCache, nearestHeading } from '../../utils/fill/sections';
import { TableCache } from '../../utils/fill/tables';

function control(selector: string, root: ParentNode = document): HTMLInputElement {
  const found = root.querySelector<HTMLInputElement>(selector);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

/** Returns the strong label texts of a control, with a group written as `group/label`. */
function strongTexts(element: HTMLInputElement | HTMLSelectElement): string[] {
  return labelsOfControl(element, new TableCache()).strong.map((label) =>
    label.group ? `${label.group}/${label.text}` : label.text,
  );
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('labelsOfControl', () => {
  it('reads label[for] and a wrapping label', () => {
    document.body.innerHTML = `
      <label for="a">企业名称</label><input id="a">
      <label>传真 <input id="b"></label>`;
    expect(strongTexts(control('#a'))[0]).toBe('企业名称');
    expect(strongTexts(control('#b'))[0]).toBe('传真');
  });

  it('leaves the option texts of a select out of its wrapping label', () => {
    document.body.innerHTML = `<label>领证地点<select id="s"><option>宁波海关</option></select></label>`;
    const select = document.querySelector('select');
    if (!select) throw new Error('no select');
    expect(strongTexts(select)[0]).toBe('领证地点');
  });

  it('joins the texts of aria-labelledby in order', () => {
    document.body.innerHTML = `
      <span id="sec">申请企业</span><span id="nm">名称</span>
      <div><input id="a" aria-labelledby="sec nm"></div>`;
    expect(strongTexts(control('#a'))[0]).toBe('申请企业 名称');
  });

  it('reads aria-label', () => {
    document.body.innerHTML = `<div><input id="a" aria-label="统一社会信用代码"></div>`;
    expect(strongTexts(control('#a'))).toEqual(['统一社会信用代码']);
  });

  it('reads a layui label before the input block', () => {
    document.body.innerHTML = `
      <div class="layui-form-item">
        <label class="layui-form-label"><span class="star">*</span>企业名称</label>
        <div class="layui-input-inline"><input id="a" class="layui-input"></div>
      </div>`;
    expect(strongTexts(control('#a'))).toEqual(['*企业名称']);
  });

  it('reads text just before the input in the same cell', () => {
    document.body.innerHTML = `<table><tr><td>电　　话：<input id="a"></td><td>传　　真：<input id="b"></td></tr></table>`;
    expect(strongTexts(control('#a'))).toEqual(['电　　话：']);
    expect(strongTexts(control('#b'))).toEqual(['传　　真：']);
  });

  it('stops at a neighbouring field', () => {
    document.body.innerHTML = `<div class="cells"><div><input id="a"></div><div><input id="b"></div></div>`;
    expect(strongTexts(control('#b'))).toEqual([]);
  });

  it('reads the table cell to the left', () => {
    document.body.innerHTML = `
      <table><tr><td class="lbl"><span class="req">*</span>企业中文名称：</td><td><input id="a"></td></tr></table>`;
    expect(strongTexts(control('#a'))).toEqual(['*企业中文名称：']);
  });

  it('reads a row-spanning group cell with the label', () => {
    document.body.innerHTML = `
      <table>
        <tr><td rowspan="2">联系人</td><td>姓名</td><td><input id="a"></td></tr>
        <tr><td>电话</td><td><input id="b"></td></tr>
      </table>`;
    expect(strongTexts(control('#a'))).toEqual(['联系人/姓名']);
    expect(strongTexts(control('#b'))).toEqual(['联系人/电话']);
  });

  it('places cells after a column-spanning label correctly', () => {
    document.body.innerHTML = `
      <table>
        <tr><th colspan="2">企业名称</th><td colspan="2"><input id="a"></td></tr>
        <tr><td colspan="2">统一社会信用代码</td><td><input id="b"></td><td><input id="c"></td></tr>
      </table>`;
    expect(strongTexts(control('#a'))).toEqual(['企业名称']);
    expect(strongTexts(control('#b'))).toEqual(['统一社会信用代码']);
    expect(strongTexts(control('#c'))).toEqual([]);
  });

  it('reads the column header of a data grid and marks it', () => {
    document.body.innerHTML = `
      <table>
        <thead><tr><th>序号</th><th>姓名</th><th>身份证号码</th></tr></thead>
        <tbody><tr><td>1</td><td><input id="a"></td><td><input id="b"></td></tr></tbody>
      </table>`;
    const labels = labelsOfControl(control('#a'), new TableCache()).strong;
    expect(labels.map((label) => label.text)).toEqual(['姓名']);
    expect(labels[0]?.columnHeader).toBe(true);
    expect(strongTexts(control('#b'))).toEqual(['身份证号码']);
  });

  it('strips the instruction from a placeholder', () => {
    document.body.innerHTML = `<div><input id="a" placeholder="请输入海关注册编码" title="海关编码"></div>`;
    const evidence = labelsOfControl(control('#a'), new TableCache());
    expect(evidence.weak).toEqual(['海关注册编码', '海关编码']);
  });

  it('lists name and id', () => {
    document.body.innerHTML = `<input id="entCnName" name="qyzwmc">`;
    expect(labelsOfControl(control('#entCnName'), new TableCache()).identifiers).toEqual(['qyzwmc', 'entCnName']);
  });

  it('reads label[for] inside an open shadow root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<label for="c">联系人</label><input id="c">`;
    expect(strongTexts(control('#c', root))[0]).toBe('联系人');
  });
});

describe('labelsOfRadioGroup', () => {
  it('reads the fieldset legend', () => {
    document.body.innerHTML = `
      <fieldset><legend><em>*</em>申请地点</legend>
        <input type="radio" name="sqdd" id="r1" value="3301"><label for="r1">杭州</label>
        <input type="radio" name="sqdd" id="r2" value="3302"><label for="r2">宁波</label>
      </fieldset>`;
    const radios = Array.from(document.querySelectorAll<HTMLInputElement>('input[type=radio]'));
    expect(labelsOfRadioGroup(radios, new TableCache()).strong.map((label) => label.text)).toEqual(['*申请地点']);
  });

  it('reads a label before the group container', () => {
    document.body.innerHTML = `
      <div class="el-form-item"><label class="el-form-item__label">申请地点</label>
        <div class="el-form-item__content"><div role="radiogroup">
          <label><input type="radio" name="a" value="1"> 杭州</label>
          <label><input type="radio" name="a" value="2"> 宁波</label>
        </div></div></div>`;
    const radios = Array.from(document.querySelectorAll<HTMLInputElement>('input[type=radio]'));
    expect(labelsOfRadioGroup(radios, new TableCache()).strong.map((label) => label.text)).toEqual(['申请地点']);
  });
});

describe('radioOptionText', () => {
  it('reads the label, the following text or the title', () => {
    document.body.innerHTML = `
      <input type="radio" id="a" value="1"><label for="a">宁波</label>
      <input type="radio" id="b" value="2"> 杭州 <input type="radio" id="c" value="3" title="温州">`;
    expect(radioOptionText(control('#a'))).toBe('宁波');
    expect(radioOptionText(control('#b'))).toBe('杭州');
    expect(radioOptionText(control('#c'))).toBe('温州');
  });
});

describe('nearestHeading', () => {
  it('finds a fieldset legend', () => {
    document.body.innerHTML = `<fieldset><legend>生产商 Producer</legend><div class="row"><input id="a"></div></fieldset>`;
    expect(nearestHeading(control('#a'), new Set(), new TableCache())).toBe('生产商 Producer');
  });

  it('finds a panel title before the table', () => {
    document.body.innerHTML = `
      <div class="panel"><div class="panel-title">申请企业信息</div>
        <table><tr><td>企业名称</td><td><input id="a"></td></tr></table></div>`;
    expect(nearestHeading(control('#a'), new Set(), new TableCache())).toBe('申请企业信息');
  });

  it('prefers a heading row inside the table', () => {
    document.body.innerHTML = `
      <h3>出口商</h3>
      <table>
        <tr><td colspan="2">生产商</td></tr>
        <tr><td>名称</td><td><input id="a"></td></tr>
      </table>`;
    expect(nearestHeading(control('#a'), new Set(), new TableCache())).toBe('生产商');
  });

  it('finds a table caption', () => {
    document.body.innerHTML = `<table><caption>申报员</caption><tr><td><input id="a"></td></tr></table>`;
    expect(nearestHeading(control('#a'), new Set(), new TableCache())).toBe('申报员');
  });

  it('climbs out of shadow roots to the host siblings', () => {
    document.body.innerHTML = `<section><h3>生产商</h3><div id="host"></div></section>`;
    const host = document.getElementById('host');
    if (!host) throw new Error('no host');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<div><label for="c">企业名称</label><input id="c"></div>`;
    expect(nearestHeading(control('#c', root), new Set(), new TableCache())).toBe('生产商');
  });

  it('skips the field label passed in', () => {
    document.body.innerHTML = `<h3>出口商</h3><div class="form-title" id="t">企业名称</div><div><input id="a"></div>`;
    const label = document.getElementById('t');
    if (!label) throw new Error('no label');
    expect(nearestHeading(control('#a'), new Set([label]), new TableCache())).toBe('出口商');
  });

  it('skips the field label with a shared cache', () => {
    document.body.innerHTML = `<h3>出口商</h3><div class="form-title" id="t">企业名称</div><div><input id="a"></div><div><input id="b"></div>`;
    const label = document.getElementById('t');
    if (!label) throw new Error('no label');
    const headings = new HeadingCache();
    expect(nearestHeading(control('#b'), new Set(), new TableCache(), headings)).toBe('企业名称');
    expect(nearestHeading(control('#a'), new Set([label]), new TableCache(), headings)).toBe('出口商');
  });

  it('finds each section heading with a shared cache', () => {
    const rows = (prefix: string) => Array.from({ length: 50 }, (_, index) => `<label>备注${index}<input id="${prefix}${index}"></label>`).join('');
    document.body.innerHTML = `<div><h3>出口商</h3>${rows('e')}<h3>生产商</h3>${rows('p')}</div>`;
    const headings = new HeadingCache();
    const tables = new TableCache();
    const read = (id: string) => nearestHeading(control(`#${id}`), new Set(), tables, headings);
    expect(read('p49')).toBe('生产商');
    expect(read('e49')).toBe('出口商');
    expect(read('p0')).toBe('生产商');
    expect(read('e0')).toBe('出口商');
  });
});
