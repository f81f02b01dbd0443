// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillDocument } from '../../utils/fill/engine';
import type { FieldRule, FillProfile } from '../../utils/fill/types';

const PROFILE: FillProfile = {
  enterprise: { enterpriseCnName: '宁波海曙远航进出口有限公司', customsId: '3302960123', enterpriseAddr: '浙江省宁波市海曙区杉杉路 188 号' },
  signer: { name: '周文杰' },
};

const PATH = '/co/apply.html';

function field<T extends Element = HTMLInputElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

function rule(selector: string, source: FieldRule['source'], framePath = PATH): FieldRule {
  return { selector, source, framePath };
}

beforeEach(() => {
  history.replaceState(null, '', `${PATH}?id=7`);
  document.body.innerHTML = `
    <div><span>字段A</span><input id="f1" name="a1"></div>
    <div><span>字段B</span><input id="f2" name="a2" maxlength="4"></div>
    <div><span>字段C</span><input id="f3" name="a3" readonly></div>
    <div><span>字段D</span><input id="f4" name="a4" value="已填"></div>
    <label for="name">企业名称</label><input id="name">
    <div id="host"></div>`;
});

describe('taught rules', () => {
  it('fills an unlabelled field', () => {
    const report = fillDocument(document, PROFILE, { overwrite: false, rules: [rule('#f1', 'enterprise.customsId')] });
    expect(field('#f1').value).toBe('3302960123');
    expect(report.filled.map((entry) => entry.source)).toContain('enterprise.customsId');
  });

  it('ignores rules of another frame path', () => {
    fillDocument(document, PROFILE, { overwrite: false, rules: [rule('#f1', 'enterprise.customsId', '/other.html')] });
    expect(field('#f1').value).toBe('');
  });

  it('keeps the maxlength check', () => {
    const report = fillDocument(document, PROFILE, { overwrite: false, rules: [rule('#f2', 'enterprise.customsId')] });
    expect(field('#f2').value).toBe('');
    expect(report.skipped.find((entry) => entry.source === 'enterprise.customsId')?.reason).toBe('too-long');
  });

  it('keeps the read-only check', () => {
    fillDocument(document, PROFILE, { overwrite: false, rules: [rule('#f3', 'enterprise.customsId')] });
    expect(field('#f3').value).toBe('');
  });

  it('keeps typed values unless overwrite', () => {
    fillDocument(document, PROFILE, { overwrite: false, rules: [rule('#f4', 'enterprise.customsId')] });
    expect(field('#f4').value).toBe('已填');
    fillDocument(document, PROFILE, { overwrite: true, rules: [rule('#f4', 'enterprise.customsId')] });
    expect(field('#f4').value).toBe('3302960123');
  });

  it('takes the field from the heuristics', () => {
    fillDocument(document, PROFILE, { overwrite: false, rules: [rule('#name', 'signer.name')] });
    expect(field('#name').value).toBe('周文杰');
  });

  it('enters open shadow roots', () => {
    const root = field<HTMLDivElement>('#host').attachShadow({ mode: 'open' });
    root.innerHTML = '<input class="addr">';
    fillDocument(document, PROFILE, { overwrite: false, rules: [rule('#host >>> input.addr', 'enterprise.enterpriseAddr')] });
    expect(root.querySelector('input')?.value).toBe('浙江省宁波市海曙区杉杉路 188 号');
  });

  it('skips selectors matching several fields', () => {
    fillDocument(document, PROFILE, { overwrite: false, rules: [rule('div > input', 'enterprise.customsId')] });
    expect(field('#f1').value).toBe('');
  });

  it('skips invalid selectors', () => {
    expect(() => fillDocument(document, PROFILE, { overwrite: false, rules: [rule('#[', 'enterprise.customsId')] })).not.toThrow();
  });
});

describe('repeated rows', () => {
  it('fills the first empty row', () => {
    document.body.innerHTML = `
      <table><thead><tr><th>申报员姓名</th><th>申报员电话</th></tr></thead><tbody>
        <tr><td><input name="rows[0].name" value="李四"></td><td><input name="rows[0].tel" value="13700000000"></td></tr>
        <tr><td><input name="rows[1].name"></td><td><input name="rows[1].tel"></td></tr>
      </tbody></table>`;
    fillDocument(document, { enterprise: {}, signer: { name: '周文杰', tel: '13600574321' } }, { overwrite: false });
    expect(field('input[name="rows[0].name"]').value).toBe('李四');
    expect(field('input[name="rows[1].name"]').value).toBe('周文杰');
    expect(field('input[name="rows[1].tel"]').value).toBe('13600574321');
  });
});
