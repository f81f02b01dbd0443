// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillDocument } from '../../utils/fill/engine';
import type { FillProfile, FillReport } from '../../utils/fill/types';
import { undoLastFill } from '../../utils/fill/undo';
import type { VisibilityProbe } from '../../utils/fill/visibility';

const PROFILE: FillProfile = {
  enterprise: {
    enterpriseCnName: '宁波海曙远航进出口有限公司',
    customsId: '3302960123',
    legalName: '陈海峰',
    aplAdd: '宁波',
  },
  signer: { name: '周文杰', identity: '330203199001011236', tel: '13600574321' },
  destinationCountry: { countryNameChinese: '日本', countryNameEnglish: 'JAPAN', countryCode: 'JP', customsCountryCode: '116' },
};

const OPTIONS = { overwrite: false };

/**
 * Stands in for layout, which happy-dom lacks. An element counts as hidden when it or an ancestor
 * has an inline `display: none` or `visibility: hidden`, read on each call so that page changes count.
 */
const INLINE_STYLE_PROBE: VisibilityProbe = {
  isVisible(element) {
    for (let current: HTMLElement | null = element as HTMLElement; current; current = current.parentElement) {
      if (current.style.display === 'none' || current.style.visibility === 'hidden') return false;
    }
    return true;
  },
};

function field<T extends Element = HTMLInputElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

function fill(): FillReport {
  return fillDocument(document, PROFILE, OPTIONS, INLINE_STYLE_PROBE);
}

function skipReason(report: FillReport, label: string): string | undefined {
  return report.skipped.find((entry) => entry.label === label)?.reason;
}

function filledLabels(report: FillReport): string[] {
  return report.filled.map((entry) => entry.label);
}

function onFocus(selector: string, handler: (element: HTMLInputElement) => void): void {
  const element = field(selector);
  element.addEventListener('focus', () => handler(element));
}

beforeEach(() => {
  history.replaceState(null, '', '/co/apply.html');
  document.body.innerHTML = '';
});

describe('fill checks a field again after its focus events', () => {
  it('leaves a trap that hides itself on focus', () => {
    document.body.innerHTML = `
      <form>
        <div><label for="a">企业名称</label><input id="a"></div>
        <div id="traprow" style="display:none"><label for="trap">手签员证件号码</label><input id="trap"></div>
      </form>`;
    const inputs: string[] = [];
    onFocus('#a', () => (field<HTMLElement>('#traprow').style.display = 'block'));
    onFocus('#trap', () => (field<HTMLElement>('#traprow').style.display = 'none'));
    field('#trap').addEventListener('input', () => inputs.push(field('#trap').value));

    const report = fill();

    expect(field('#a').value).toBe('宁波海曙远航进出口有限公司');
    expect(field('#trap').value).toBe('');
    expect(inputs).toEqual([]);
    expect(skipReason(report, '手签员证件号码')).toBe('hidden');
    expect(filledLabels(report)).toEqual(['企业名称']);
  });

  it('leaves a field made read-only and invisible on focus', () => {
    document.body.innerHTML = `<form><label for="c">海关注册编码</label><input id="c"></form>`;
    onFocus('#c', (element) => {
      element.readOnly = true;
      element.style.visibility = 'hidden';
    });

    const report = fill();

    expect(field('#c').value).toBe('');
    expect(skipReason(report, '海关注册编码')).toBe('hidden');
    expect(report.filled).toEqual([]);
  });

  it('leaves a field made read-only on focus', () => {
    document.body.innerHTML = `<form><label for="c">海关注册编码</label><input id="c"></form>`;
    onFocus('#c', (element) => (element.readOnly = true));

    const report = fill();

    expect(field('#c').value).toBe('');
    expect(skipReason(report, '海关注册编码')).toBe('readonly');
  });

  it('leaves a field disabled on focus', () => {
    document.body.innerHTML = `<form><label for="c">海关注册编码</label><input id="c"></form>`;
    onFocus('#c', (element) => (element.disabled = true));

    const report = fill();

    expect(field('#c').value).toBe('');
    expect(skipReason(report, '海关注册编码')).toBe('disabled');
  });

  it('leaves a field removed on focus', () => {
    document.body.innerHTML = `<form><label for="b">法定代表人</label><input id="b"></form>`;
    const detached = field('#b');
    onFocus('#b', (element) => element.remove());

    const report = fill();

    expect(detached.isConnected).toBe(false);
    expect(detached.value).toBe('');
    expect(skipReason(report, '法定代表人')).toBe('replaced');
    expect(report.filled).toEqual([]);
  });

  it('leaves a text field retyped by an earlier write', () => {
    document.body.innerHTML = `
      <form>
        <div><label for="a">企业名称</label><input id="a"></div>
        <div><label for="t2">手签员手机</label><input id="t2"></div>
      </form>`;
    onFocus('#a', () => (field('#t2').type = 'checkbox'));

    const report = fill();

    expect(field('#t2').checked).toBe(false);
    expect(field('#t2').getAttribute('value')).toBeNull();
    expect(skipReason(report, '手签员手机')).toBe('replaced');
  });

  it('leaves a select whose option goes on focus', () => {
    document.body.innerHTML = `
      <form><label for="country">目的国</label>
      <select id="country"><option value="">请选择</option><option value="116">日本</option></select></form>`;
    const select = field<HTMLSelectElement>('#country');
    select.addEventListener('focus', () => select.options[1]?.remove());

    const report = fill();

    expect(select.selectedIndex).toBe(0);
    expect(skipReason(report, '目的国')).toBe('no-matching-option');
  });

  it('leaves a select hidden on focus', () => {
    document.body.innerHTML = `
      <form><label for="country">目的国</label>
      <select id="country"><option value="">请选择</option><option value="116">日本</option></select></form>`;
    const select = field<HTMLSelectElement>('#country');
    select.addEventListener('focus', () => (select.style.display = 'none'));

    const report = fill();

    expect(select.value).toBe('');
    expect(skipReason(report, '目的国')).toBe('hidden');
  });
});

describe('fill never clicks a radio turned into a button', () => {
  const RADIO_FORM = `
    <form id="form">
      <div><label for="a">企业名称</label><input id="a"></div>
      <div><label>申请地点</label><span>
        <label><input type="radio" name="sqdd" value="3301">杭州</label>
        <label><input type="radio" name="sqdd" value="3302" id="nb">宁波</label>
      </span></div>
    </form>`;

  it('skips a radio retyped to submit', () => {
    document.body.innerHTML = RADIO_FORM;
    const submits: string[] = [];
    const clicks: string[] = [];
    field('#form').addEventListener('submit', (event) => {
      event.preventDefault();
      submits.push('submit');
    });
    field('#nb').addEventListener('click', () => clicks.push('click'));
    onFocus('#a', () => (field('#nb').type = 'submit'));

    const report = fill();

    expect(clicks).toEqual([]);
    expect(submits).toEqual([]);
    expect(skipReason(report, '申请地点')).toBe('replaced');
    expect(filledLabels(report)).toEqual(['企业名称']);
  });

  it('still checks a radio that stayed a radio', () => {
    document.body.innerHTML = RADIO_FORM;

    const report = fill();

    expect(field('#nb').checked).toBe(true);
    expect(filledLabels(report)).toContain('申请地点');
  });

  it('cancels a submit raised during its click', () => {
    document.body.innerHTML = RADIO_FORM;
    const form = field<HTMLFormElement>('#form');
    const submits: boolean[] = [];
    form.addEventListener('submit', (event) => submits.push(event.defaultPrevented));
    field('#nb').addEventListener('click', () => form.requestSubmit());

    fill();

    expect(field('#nb').checked).toBe(true);
    expect(submits).toEqual([]);
  });
});

describe('undo after a write the check stopped', () => {
  it('keeps the value the page set itself', () => {
    document.body.innerHTML = `<form><label for="c">海关注册编码</label><input id="c"></form>`;
    onFocus('#c', (element) => {
      element.value = 'page value';
      element.disabled = true;
    });

    const report = fill();
    const undo = undoLastFill(document);

    expect(skipReason(report, '海关注册编码')).toBe('disabled');
    expect(undo.restored).toBe(0);
    expect(field('#c').value).toBe('page value');
  });
});
