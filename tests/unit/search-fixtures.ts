/**
 * API records for look-up search tests: countries as the China Customs trading-partner
 * table names them, a few agreement partner rows, customs-122 rules around HS headings
 * 6109, 6110, 5208, 8471 and 8517, and two standard-code tables.
 */
import type {
  AgreementCountry,
  Country,
  Customs122Rule,
  StandardCode,
} from '@/utils/api/schemas';

/** `[customs code, Chinese name, English name, ISO alpha-2]` */
type CountryRow = readonly [string, string, string, string];

const COUNTRY_ROWS: readonly CountryRow[] = [
  ['101', '阿富汗', 'Afghanistan', 'AF'],
  ['103', '孟加拉国', 'Bangladesh', 'BD'],
  ['107', '柬埔寨', 'Cambodia', 'KH'],
  ['109', '朝鲜', 'North Korea', 'KP'],
  ['110', '中国香港', 'Hong Kong, China', 'HK'],
  ['116', '日本', 'Japan', 'JP'],
  ['122', '马来西亚', 'Malaysia', 'MY'],
  ['124', '蒙古', 'Mongolia', 'MN'],
  ['129', '菲律宾', 'Philippines', 'PH'],
  ['131', '沙特阿拉伯', 'Saudi Arabia', 'SA'],
  ['132', '新加坡', 'Singapore', 'SG'],
  ['133', '韩国', 'South Korea', 'KR'],
  ['136', '泰国', 'Thailand', 'TH'],
  ['141', '越南', 'Vietnam', 'VN'],
  ['142', '中国', 'China', 'CN'],
  ['199', '亚洲其他国家（地区）', 'Other Asia nes', ''],
  ['211', '乍得', 'Chad', 'TD'],
  ['218', '加蓬', 'Gabon', 'GA'],
  ['227', '马达加斯加', 'Madagascar', 'MG'],
  ['302', '丹麦', 'Denmark', 'DK'],
  ['303', '英国', 'United Kingdom', 'GB'],
  ['304', '德国', 'Germany', 'DE'],
  ['305', '法国', 'France', 'FR'],
  ['344', '俄罗斯联邦', 'Russia', 'RU'],
  ['354', '北马其顿共和国', 'North Macedonia', 'MK'],
  ['419', '厄瓜多尔', 'Ecuador', 'EC'],
  ['426', '洪都拉斯', 'Honduras', 'HN'],
  ['434', '秘鲁', 'Peru', 'PE'],
  ['502', '美国', 'United States', 'US'],
  ['601', '澳大利亚', 'Australia', 'AU'],
  ['609', '新西兰', 'New Zealand', 'NZ'],
];

export const COUNTRIES: Country[] = COUNTRY_ROWS.map(
  ([customsCode, nameZh, nameEn, iso2]) => ({
    countryNameChinese: nameZh,
    countryNameEnglish: nameEn,
    countryCode: iso2,
    customsCountryCode: customsCode,
    transportPortDtoList: [],
  }),
);

interface Agreement {
  code: string;
  nameZh: string;
  nameEn: string;
  certificate: string;
  partners: readonly string[];
}

const AGREEMENTS: readonly Agreement[] = [
  {
    code: 'china-asean',
    nameZh: '中国—东盟自由贸易协定',
    nameEn: 'China-ASEAN Free Trade Agreement',
    certificate: 'FORM E',
    partners: ['KH', 'MY', 'PH', 'SG', 'TH', 'VN'],
  },
  {
    code: 'rcep',
    nameZh: '区域全面经济伙伴关系协定',
    nameEn: 'Regional Comprehensive Economic Partnership (RCEP)',
    certificate: 'RCEP',
    partners: ['KH', 'MY', 'PH', 'SG', 'TH', 'VN', 'JP', 'KR', 'AU', 'NZ'],
  },
  {
    code: 'china-peru',
    nameZh: '中国—秘鲁自由贸易协定',
    nameEn: 'China-Peru Free Trade Agreement',
    certificate: 'FORM R',
    partners: ['PE'],
  },
  {
    code: 'china-ecuador',
    nameZh: '中国—厄瓜多尔自由贸易协定',
    nameEn: 'China-Ecuador Free Trade Agreement',
    certificate: '',
    partners: ['EC'],
  },
  {
    code: 'apta',
    nameZh: '亚太贸易协定',
    nameEn: 'Asia-Pacific Trade Agreement (APTA, formerly Bangkok Agreement)',
    certificate: 'FORM B',
    partners: ['KR', 'MN'],
  },
];

export const AGREEMENT_COUNTRIES: AgreementCountry[] = AGREEMENTS.flatMap(
  (agreement) =>
    agreement.partners.map((iso2) => {
      const country = COUNTRY_ROWS.find((row) => row[3] === iso2);
      if (!country) throw new Error(`Fixture partner ${iso2} is not in COUNTRY_ROWS`);
      return {
        agreementCode: agreement.code,
        agreementNameChinese: agreement.nameZh,
        agreementNameEnglish: agreement.nameEn,
        certificateType: agreement.certificate,
        countryNameChinese: country[1],
        countryNameEnglish: country[2],
        countryCode: iso2,
        customsCountryCode: country[0],
      };
    }),
);

/** `[hsCode, tariff code list, cargo description, criterion]` */
type RuleRow = readonly [string, string, string, string];

const TEE = '针织或钩编的T恤衫、汗衫及其他背心';
const JUMPER = '针织或钩编的套头衫、开襟衫、背心及类似品';
const COTTON_WOVEN = '棉机织物，按重量计含棉量在85%及以上，每平方米重量不超过200克';
const COMPUTER = '自动数据处理设备及其部件';
const PHONE = '电话机，包括用于蜂窝网络或其他无线网络的智能手机';
const CHANGE_OF_CHAPTER = '章改变';
const CHANGE_OF_HEADING = '税目改变';
const VALUE_CONTENT = '区域价值成分不低于40%';

const RULE_ROWS: readonly RuleRow[] = [
  ['610900', '6109.10,6109.90', TEE, CHANGE_OF_CHAPTER],
  ['610910', '6109.10', `${TEE}－棉制`, CHANGE_OF_CHAPTER],
  ['61091000', '6109.1000', `${TEE}－棉制`, CHANGE_OF_CHAPTER],
  ['610990', '6109.90', `${TEE}－其他纺织材料制`, CHANGE_OF_CHAPTER],
  ['61099010', '6109.9010', `${TEE}－其他纺织材料制（丝及绢丝制）`, CHANGE_OF_CHAPTER],
  ['611000', '6110.11,6110.20,6110.30', JUMPER, CHANGE_OF_CHAPTER],
  ['611020', '6110.20', `${JUMPER}－棉制`, CHANGE_OF_CHAPTER],
  ['611030', '6110.30', `${JUMPER}－化学纤维制`, CHANGE_OF_CHAPTER],
  ['520800', '5208.11,5208.12,5208.21', COTTON_WOVEN, CHANGE_OF_HEADING],
  ['520811', '5208.11', `${COTTON_WOVEN}－未漂白平纹机织物`, CHANGE_OF_HEADING],
  ['520821', '5208.21', `${COTTON_WOVEN}－漂白平纹机织物`, CHANGE_OF_HEADING],
  ['847100', '8471.30,8471.41,8471.50', COMPUTER, VALUE_CONTENT],
  ['847130', '8471.30', `${COMPUTER}－便携式，重量不超过10千克`, VALUE_CONTENT],
  ['847150', '8471.50', `${COMPUTER}－处理部件`, `${CHANGE_OF_HEADING}或${VALUE_CONTENT}`],
  ['851700', '8517.13,8517.14', PHONE, VALUE_CONTENT],
  ['851713', '8517.13', `${PHONE}－智能手机`, VALUE_CONTENT],
  ['950300', '9503.00', '三轮车、踏板车及类似的带轮玩具；玩偶；其他玩具', CHANGE_OF_HEADING],
  ['392690', '3926.90', '其他塑料制品', CHANGE_OF_HEADING],
  ['940161', '9401.61', '装软垫的木框架坐具', CHANGE_OF_HEADING],
  ['030211', '0302.11', '鲜、冷鳟鱼', '完全获得'],
];

export const RULES: Customs122Rule[] = RULE_ROWS.map(
  ([hsCode, tariffCodeList, cargoDesc, criterion], index) => ({
    id: index + 1,
    tariffChapter: hsCode.slice(0, 2),
    tariffCodeList,
    cargoDesc,
    materialChangeCriteria: criterion,
    isStar: false,
    hsCode,
  }),
);

export const CUSTOMS_DISTRICTS: StandardCode[] = [
  { code: '2200', name: '上海海关', nameEn: 'Shanghai Customs' },
  { code: '2233', name: '浦东机场海关', nameEn: 'Pudong Airport Customs' },
  { code: '5300', name: '深圳海关', nameEn: 'Shenzhen Customs' },
];

export const TRADE_MODES: StandardCode[] = [
  { code: '0110', name: '一般贸易', nameEn: 'General Trade' },
  { code: '0214', name: '来料加工', nameEn: 'Processing with Supplied Materials' },
];
