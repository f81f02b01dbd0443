// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillDocument } from '../../utils/fill/engine';
import type { FillProfile } from '../../utils/fill/types';
import { undoLastFill } from '../../utils/fill/undo';

const PROFILE: FillProfile = {
  enterprise: { enterpriseCnName: '宁波海曙远航进出口有限公司', exporterTel: '0574-87651234', aplAdd: '宁波' },
  destinationCountry: { countryNameChinese: '日本', countryNameEnglish: 'JAPAN', countryCode: 'JP', customsCountryCode: '116' },
};

function field<T extends Element = HTMLInputElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

beforeEach(() => {
  document.body.innerHTML = `
    <fieldset><legend>申请地点</legend>
      <label><input type="radio" name="apl" value="hz" checked>杭州</label>
      <label><input type="radio" name="apl" value="nb">宁波</label>
    </fieldset>
    <label for="name">企业名称</label><input id="name">
    <label for="tel">企业电话</label><input id="tel" value="0574-1">
    <label for="country">目的国</label>
    <select id="country"><option value="">请选择</option><option value="142">中国</option><option value="116">日本</option></select>
`;
});

describe('undoLastFill', () => {
  it('restores text, select and radio', () => {
    fillDocument(document, PROFILE, { overwrite: true });
    expect(field('#name').value).toBe('宁波海曙远航进出口有限公司');
    expect(field('#tel').value).toBe('0574-87651234');
    expect(field<HTMLSelectElement>('#country').value).toBe('116');
    expect(field('input[value="nb"]').checked).toBe(true);

    const report = undoLastFill(document);
    expect(report.restored).toBe(5);
    expect(field('#name').value).toBe('');
    expect(field('#tel').value).toBe('0574-1');
    expect(field<HTMLSelectElement>('#country').selectedIndex).toBe(0);
    expect(field('input[value="hz"]').checked).toBe(true);
    expect(field('input[value="nb"]').checked).toBe(false);
  });

  it('fires input and change on restore', () => {
    fillDocument(document, PROFILE, { overwrite: false });
    const events: string[] = [];
    field('#name').addEventListener('input', () => events.push('input'));
    field('#name').addEventListener('change', () => events.push('change'));
    undoLastFill(document);
    expect(events).toEqual(['input', 'change']);
  });

  it('forgets the fill after one undo', () => {
    fillDocument(document, PROFILE, { overwrite: false });
    undoLastFill(document);
    field('#name').value = '用户输入';
    expect(undoLastFill(document).restored).toBe(0);
    expect(field('#name').value).toBe('用户输入');
  });

  it('keeps only the last fill that changed fields', () => {
    fillDocument(document, PROFILE, { overwrite: false });
    field('#name').value = '';
    fillDocument(document, PROFILE, { overwrite: false });
    expect(undoLastFill(document).restored).toBe(1);
    expect(field('#name').value).toBe('');
    expect(field<HTMLSelectElement>('#country').value).toBe('116');
  });

  it('keeps the earlier fill when a second changes nothing', () => {
    fillDocument(document, PROFILE, { overwrite: false });
    fillDocument(document, PROFILE, { overwrite: false });
    expect(undoLastFill(document).restored).toBe(2);
    expect(field('#name').value).toBe('');
    expect(field<HTMLSelectElement>('#country').value).toBe('');
  });

  it('restores nothing before any fill', () => {
    expect(undoLastFill(document).restored).toBe(0);
  });

  it('leaves fields the fill skipped', () => {
    fillDocument(document, PROFILE, { overwrite: false });
    expect(field('#tel').value).toBe('0574-1');
    expect(undoLastFill(document).restored).toBe(2);
    expect(field('#tel').value).toBe('0574-1');
  });
});
