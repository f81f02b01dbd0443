// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createVisibilityProbe } from '../../utils/fill/visibility';

function visible(selector: string): boolean {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`no element matches ${selector}`);
  return createVisibilityProbe(document).isVisible(element);
}

beforeEach(() => {
  document.body.innerHTML = '';
});

// happy-dom has no layout, so size, off-screen and clipping checks are skipped here; the
// browser tests on the trap fixture cover them.
describe('createVisibilityProbe without layout', () => {
  it('counts a plain input as visible', () => {
    document.body.innerHTML = `<input id="a">`;
    expect(visible('#a')).toBe(true);
  });

  it('hides type=hidden inputs', () => {
    document.body.innerHTML = `<input type="hidden" id="a">`;
    expect(visible('#a')).toBe(false);
  });

  it('hides fields under display:none', () => {
    document.body.innerHTML = `<div style="display:none"><input id="a"></div><input id="b" hidden>`;
    expect(visible('#a')).toBe(false);
    expect(visible('#b')).toBe(false);
  });

  it('hides fields under aria-hidden or inert', () => {
    document.body.innerHTML = `<div aria-hidden="true"><input id="a"></div><div inert><input id="b"></div>`;
    expect(visible('#a')).toBe(false);
    expect(visible('#b')).toBe(false);
  });

  it('counts a hidden layui select with a drawn widget after it as visible', () => {
    document.body.innerHTML = `
      <select id="a" style="display:none"><option>宁波海关</option></select>
      <div class="layui-unselect layui-form-select"><div class="layui-select-title"><input readonly></div></div>
      <select id="b" style="display:none"><option>宁波海关</option></select>
      <div class="layui-form-select" style="display:none"></div>
      <select id="c" style="display:none"><option>宁波海关</option></select>
      <div class="other"></div>`;
    expect(visible('#a')).toBe(true);
    expect(visible('#b')).toBe(false);
    expect(visible('#c')).toBe(false);
  });

  it('counts a transparent radio with a visible label as visible', () => {
    document.body.innerHTML = `
      <label class="el-radio"><input type="radio" id="a" style="opacity:0"><span>宁波</span></label>
      <input type="radio" id="b" style="display:none"><div class="layui-form-radio">杭州</div>`;
    expect(visible('#a')).toBe(true);
    expect(visible('#b')).toBe(true);
  });

  it('hides everything in a frame without width', () => {
    document.body.innerHTML = `<input id="a">`;
    const element = document.querySelector('#a');
    if (!element) throw new Error('no input');
    const frameless = Object.create(document, {
      defaultView: { value: { innerWidth: 0, innerHeight: 0 } },
    }) as Document;
    expect(createVisibilityProbe(frameless).isVisible(element)).toBe(false);
  });
});
