// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillDocument } from '../../utils/fill/engine';
import type { FillProfile } from '../../utils/fill/types';

const PROFILE: FillProfile = {
  enterprise: { enterpriseCnName: '宁波海曙远航进出口有限公司' },
  destinationCountry: { countryNameChinese: '日本', countryNameEnglish: 'JAPAN', countryCode: 'JP', customsCountryCode: '116' },
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('label words', () => {
  it('reads 申请人名称 as the enterprise name', () => {
    document.body.innerHTML = '<label for="a">申请人名称</label><input id="a">';
    const report = fillDocument(document, PROFILE, { overwrite: false });
    expect(report.filled[0]?.source).toBe('enterprise.enterpriseCnName');
  });

  it('reads 进口国别 as the destination country', () => {
    document.body.innerHTML =
      '<label for="c">进口国别</label><select id="c"><option value="">请选择</option><option value="JPN">日本</option></select>';
    const report = fillDocument(document, PROFILE, { overwrite: false });
    expect(report.filled[0]?.source).toBe('destinationCountry');
  });
});
