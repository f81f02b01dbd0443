/**
 * Seed customs enterprises and their hand-signers (手签员).
 *
 * Enterprise 1 and its signer 11 are the profile the portal fixtures are filled with, so the
 * end-to-end tests compare against these exact values. The other records are invented, with
 * codes built by `code-makers` so that their check characters are valid. Mail domains use the
 * reserved `.example` top-level domain.
 */
import { makeOrgCode, makeResidentId, makeUscc } from './code-makers';

export interface SignerRecord {
  id: number;
  name: string;
  enterpriseId: number;
  /** Resident identity number. */
  identity: string;
  tel: string;
  userId: number;
}

export interface EnterpriseRecord {
  id: number;
  enterpriseId: number;
  enterpriseCnName: string;
  enterpriseEnName: string;
  socialCreditCode: string;
  customsId: string;
  startingCertificateNo: string;
  exporterCode: string;
  exporterTel: string;
  exporterFax: string;
  exporterMail: string;
  legalName: string;
  legalTel: string;
  corporateContacts: string;
  corporateContactsTel: string;
  orgCode: string;
  fetchPlace: string;
  enterpriseAddr: string;
  aplAdd: string;
  exporter: string;
  customsEnterpriseSigners: SignerRecord[];
}

const HENGTUO_ORG_CODE = makeOrgCode('MA1MX4K7');
const PENGHUI_ORG_CODE = makeOrgCode('MA5F2R8W');

function yuanhang(): EnterpriseRecord {
  return {
    id: 1,
    enterpriseId: 100231,
    enterpriseCnName: '宁波海曙远航进出口有限公司',
    enterpriseEnName: 'NINGBO HAISHU YUANHANG IMPORT & EXPORT CO., LTD.',
    socialCreditCode: '91330203MA2H7Q8X6N',
    customsId: '3302960123',
    startingCertificateNo: 'E253100A00010001',
    exporterCode: 'MA2H7Q8X6',
    exporterTel: '0574-87651234',
    exporterFax: '0574-87651235',
    exporterMail: 'trade@yuanhang-nb.example',
    legalName: '陈海峰',
    legalTel: '13905741234',
    corporateContacts: '林晓雯',
    corporateContactsTel: '13857412345',
    orgCode: 'MA2H7Q8X6',
    fetchPlace: '宁波海关',
    enterpriseAddr: '浙江省宁波市海曙区望春工业园区杉杉路 188 号',
    aplAdd: '宁波',
    exporter:
      'NINGBO HAISHU YUANHANG IMPORT & EXPORT CO., LTD.\nNO.188 SHANSHAN ROAD, WANGCHUN INDUSTRIAL PARK, HAISHU DISTRICT, NINGBO, CHINA',
    customsEnterpriseSigners: [
      {
        id: 11,
        name: '周文杰',
        enterpriseId: 1,
        identity: '330203199001011236',
        tel: '13600574321',
        userId: 5011,
      },
      {
        id: 12,
        name: '王丽娜',
        enterpriseId: 1,
        identity: makeResidentId('330205', '19880715', '224'),
        tel: '13777412368',
        userId: 5012,
      },
    ],
  };
}

function hengtuo(): EnterpriseRecord {
  return {
    id: 2,
    enterpriseId: 100457,
    enterpriseCnName: '苏州吴中恒拓精密机械有限公司',
    enterpriseEnName: 'SUZHOU WUZHONG HENGTUO PRECISION MACHINERY CO., LTD.',
    socialCreditCode: makeUscc('91', '320506', HENGTUO_ORG_CODE),
    customsId: '3205960457',
    startingCertificateNo: 'E252305A00020001',
    exporterCode: HENGTUO_ORG_CODE,
    exporterTel: '0512-65781200',
    exporterFax: '0512-65781201',
    exporterMail: 'export@hengtuo-sz.example',
    legalName: '沈国平',
    legalTel: '13913152468',
    corporateContacts: '顾佳慧',
    corporateContactsTel: '13962145730',
    orgCode: HENGTUO_ORG_CODE,
    fetchPlace: '苏州海关',
    enterpriseAddr: '江苏省苏州市吴中区吴中经济开发区越溪街道吴中大道 2588 号',
    aplAdd: '苏州',
    exporter:
      'SUZHOU WUZHONG HENGTUO PRECISION MACHINERY CO., LTD.\nNO.2588 WUZHONG AVENUE, YUEXI STREET, WUZHONG ECONOMIC DEVELOPMENT ZONE, SUZHOU, JIANGSU, CHINA',
    customsEnterpriseSigners: [
      {
        id: 21,
        name: '沈晓峰',
        enterpriseId: 2,
        identity: makeResidentId('320506', '19851206', '315'),
        tel: '13806215573',
        userId: 5021,
      },
      {
        id: 22,
        name: '陆雅婷',
        enterpriseId: 2,
        identity: makeResidentId('320586', '19920315', '428'),
        tel: '15850061329',
        userId: 5022,
      },
    ],
  };
}

function penghui(): EnterpriseRecord {
  return {
    id: 3,
    enterpriseId: 100789,
    enterpriseCnName: '深圳市鹏辉智能照明科技有限公司',
    enterpriseEnName: 'SHENZHEN PENGHUI SMART LIGHTING TECHNOLOGY CO., LTD.',
    socialCreditCode: makeUscc('91', '440305', PENGHUI_ORG_CODE),
    customsId: '4403960789',
    startingCertificateNo: 'E255300A00030001',
    exporterCode: PENGHUI_ORG_CODE,
    exporterTel: '0755-86352710',
    exporterFax: '0755-86352711',
    exporterMail: 'co@penghui-lighting.example',
    legalName: '黄志明',
    legalTel: '13823156789',
    corporateContacts: '李嘉欣',
    corporateContactsTel: '13510876543',
    orgCode: PENGHUI_ORG_CODE,
    fetchPlace: '深圳海关',
    enterpriseAddr: '广东省深圳市南山区粤海街道科技园南区高新南七道 16 号',
    aplAdd: '深圳',
    exporter:
      'SHENZHEN PENGHUI SMART LIGHTING TECHNOLOGY CO., LTD.\nNO.16 GAOXIN SOUTH 7TH ROAD, HI-TECH PARK SOUTH, YUEHAI STREET, NANSHAN DISTRICT, SHENZHEN, GUANGDONG, CHINA',
    customsEnterpriseSigners: [
      {
        id: 31,
        name: '黄思远',
        enterpriseId: 3,
        identity: makeResidentId('440305', '19910628', '137'),
        tel: '13632598410',
        userId: 5031,
      },
      {
        id: 32,
        name: '张丽',
        enterpriseId: 3,
        identity: makeResidentId('440307', '19870211', '246'),
        tel: '13715042286',
        userId: 5032,
      },
      {
        id: 33,
        name: '陈志强',
        enterpriseId: 3,
        identity: makeResidentId('441423', '19891107', '051'),
        tel: '18926573304',
        userId: 5033,
      },
    ],
  };
}

/** Returns new copies of the seed enterprises, ordered by id, each with its signers embedded. */
export function seedEnterprises(): EnterpriseRecord[] {
  return [yuanhang(), hengtuo(), penghui()];
}
