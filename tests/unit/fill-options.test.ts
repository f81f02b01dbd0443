// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chooseOption, chooseRadio, optionTextVariants } from '../../utils/fill/options';

const JAPAN = ['116', 'JP', '日本', 'JAPAN'];

function select(options: string): HTMLSelectElement {
  document.body.innerHTML = `<select>${options}</select>`;
  const element = document.querySelector('select');
  if (!element) throw new Error('no select');
  return element;
}

function chosenValue(element: HTMLSelectElement, targets: readonly string[]): string {
  const choice = chooseOption(element, targets);
  return choice.kind === 'match' ? choice.item.value : choice.kind;
}

describe('optionTextVariants', () => {
  it.each([
    ['116-日本', ['116-日本', '116', '日本']],
    ['日本(116)', ['日本(116)', '日本', '116']],
    ['JP - 日本', ['JP - 日本', 'JP', '日本']],
    ['宁波海关 3100', ['宁波海关 3100', '宁波海关', '3100']],
    ['日本 Japan', ['日本 Japan', '日本', 'Japan']],
  ])('splits %s', (text, variants) => {
    expect(optionTextVariants(text)).toEqual(variants);
  });

  it('keeps a plain name whole', () => {
    expect(optionTextVariants('  宁波北仑海关 ')).toEqual(['宁波北仑海关']);
  });
});

describe('chooseOption', () => {
  const customs = `
    <option value="">--请选择--</option>
    <option value="3104">宁波北仑海关</option>
    <option value="3101">宁波海关驻北仑办事处</option>
    <option value="3100">宁波海关</option>
    <option value="3105">宁波大榭海关</option>`;

  it('matches the exact text, never a longer name', () => {
    expect(chosenValue(select(customs), ['宁波海关'])).toBe('3100');
  });

  it('finds nothing for a name only contained in options', () => {
    expect(chosenValue(select(customs), ['宁波'])).toBe('none');
  });

  it('matches by value first', () => {
    expect(chosenValue(select(`<option value="日本">韩国</option><option value="JP">日本</option>`), ['日本'])).toBe('日本');
  });

  it.each([
    ['customs codes as values', '<option value="116">日本</option><option value="133">韩国</option>', '116'],
    ['ISO codes as values', '<option value="KR">韩国</option><option value="JP">日本</option>', 'JP'],
    ['names as text', '<option value="a">韩国</option><option value="b">日本</option>', 'b'],
    ['a code before the name', '<option value="17">KR - 韩国</option><option value="23">JP - 日本</option>', '23'],
    ['a code after the name', '<option value="x">韩国(133)</option><option value="y">日本(116)</option>', 'y'],
    ['English names in other case', '<option value="KOR">Korea</option><option value="JPN">Japan</option>', 'JPN'],
  ])('chooses a country by %s', (_case, options, expected) => {
    expect(chosenValue(select(options), JAPAN)).toBe(expected);
  });

  it('collapses whitespace in option text', () => {
    expect(chosenValue(select('<option value="1">  宁波海关\n</option>'), ['宁波海关'])).toBe('1');
  });

  it('never chooses the placeholder or a disabled option', () => {
    expect(chosenValue(select('<option value="">宁波海关</option><option value="1" disabled>宁波海关</option>'), ['宁波海关'])).toBe(
      'none',
    );
  });

  it('reports two equally good options as ambiguous', () => {
    expect(chosenValue(select('<option value="1">宁波海关</option><option value="2">宁波海关</option>'), ['宁波海关'])).toBe(
      'ambiguous',
    );
  });
});

describe('chooseRadio', () => {
  function radios(html: string): HTMLInputElement[] {
    document.body.innerHTML = html;
    return Array.from(document.querySelectorAll<HTMLInputElement>('input[type=radio]'));
  }

  it('chooses the radio whose label equals the value', () => {
    const group = radios(`
      <input type="radio" name="p" id="a" value="3301"><label for="a">杭州</label>
      <input type="radio" name="p" id="b" value="3302"><label for="b">宁波</label>
      <input type="radio" name="p" id="c" value="3310"><label for="c">宁波北仑</label>`);
    const choice = chooseRadio(group, ['宁波']);
    expect(choice.kind === 'match' ? choice.item.value : choice.kind).toBe('3302');
  });

  it('chooses by value too', () => {
    const group = radios(`<input type="radio" name="p" value="NB" title="宁波"><input type="radio" name="p" value="HZ" title="杭州">`);
    const choice = chooseRadio(group, ['HZ']);
    expect(choice.kind === 'match' ? choice.item.value : choice.kind).toBe('HZ');
  });

  it('finds nothing when no label equals the value', () => {
    const group = radios(`<label><input type="radio" name="p" value="1"> 杭州</label>`);
    expect(chooseRadio(group, ['宁波']).kind).toBe('none');
  });
});
