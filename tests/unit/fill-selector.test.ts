// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { queryDeep } from '../../utils/fill/deep-query';
import { cssEscape, selectorFor } from '../../utils/fill/selector-for';

function field<T extends Element = HTMLInputElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

beforeEach(() => {
  document.body.innerHTML = `
    <form id="main">
      <input id="entName">
      <input name="shxydm">
      <input id="el-id-4412-12">
      <div><input class="a"><input class="b"></div>
      <div><input class="a"><input class="b"></div>
    </form>
    <div id="host"></div>
    <input id="1st">`;
});

describe('selectorFor', () => {
  it('prefers a unique id', () => {
    expect(selectorFor(field('#entName'))).toBe('#entName');
  });

  it('uses a unique name', () => {
    expect(selectorFor(field('input[name="shxydm"]'))).toBe('input[name="shxydm"]');
  });

  it('skips generated ids', () => {
    const selector = selectorFor(field('[id="el-id-4412-12"]'));
    expect(selector).not.toContain('el-id');
    expect(queryDeep(document, selector)).toBe(field('[id="el-id-4412-12"]'));
  });

  it('builds an nth-of-type path', () => {
    const target = document.querySelectorAll('input.b')[1];
    if (!target) throw new Error('fixture has no second input.b');
    const selector = selectorFor(target);
    expect(selector).toBe('div:nth-of-type(2) > input:nth-of-type(2)');
    expect(queryDeep(document, selector)).toBe(target);
  });

  it('escapes CSS identifiers', () => {
    expect(cssEscape('1st')).toBe('\\31 st');
    expect(cssEscape('a.b[0]')).toBe('a\\.b\\[0\\]');
  });

  it('crosses open shadow roots', () => {
    const outer = field<HTMLDivElement>('#host').attachShadow({ mode: 'open' });
    outer.innerHTML = '<co-field id="inner"></co-field>';
    const innerHost = outer.querySelector('co-field');
    if (!innerHost) throw new Error('no inner host');
    const inner = innerHost.attachShadow({ mode: 'open' });
    inner.innerHTML = '<label>名称</label><input>';
    const input = inner.querySelector('input');
    if (!input) throw new Error('no input');
    const selector = selectorFor(input);
    expect(selector).toBe('#host >>> #inner >>> input');
    expect(queryDeep(document, selector)).toBe(input);
  });
});

describe('queryDeep', () => {
  it('returns null for several matches', () => {
    expect(queryDeep(document, 'input.a')).toBeNull();
  });

  it('returns null for a host without shadow root', () => {
    expect(queryDeep(document, '#main >>> input')).toBeNull();
  });
});
