/**
 * Words the portals use in field labels and field names. A label is read as up to three parts:
 * the party it belongs to (企业, 生产商, 申报员), a role inside that party (联系人, 法定代表人) and
 * the attribute asked for (名称, 电话, 统一社会信用代码). `resolve.ts` turns the parts into a data
 * source.
 */

/**
 * Party whose data a field takes. `enterprise` is the plain word 企业, which a 生产商 or 收货人
 * section overrides, and `exporter` names the applicant outright. `foreign` is another party of
 * the trade (收货人, 进口商, 货运代理), whose data the profile never has.
 */
export type Party = 'enterprise' | 'exporter' | 'producer' | 'signer' | 'foreign';

/** A person inside the party. */
export type Role = 'contact' | 'legal';

/** Kind of value a field takes. `unrelated` marks labels known to need data the profile does not have. */
export type Attribute =
  | 'name'
  | 'cnName'
  | 'enName'
  | 'person'
  | 'uscc'
  | 'orgCode'
  | 'customsCode'
  | 'exporterCode'
  | 'tel'
  | 'mobile'
  | 'fax'
  | 'email'
  | 'address'
  | 'cnAddress'
  | 'enAddress'
  | 'idNumber'
  | 'fetchPlace'
  | 'aplAdd'
  | 'destination'
  | 'exporterBox'
  | 'unrelated';

/** A label or field name split into its parts. A null part was not named. */
export interface ParsedLabel {
  party: Party | null;
  role: Role | null;
  attribute: Attribute | null;
}

/**
 * All the words the fill engine reads labels with, as plain JSON. The worker reads the labels
 * that frames describe with it (see `decide.ts`), so the injected fill script does not bundle it.
 */
export interface Vocabulary {
  hanAttributes: Readonly<Record<Attribute, readonly string[]>>;
  latinAttributes: Readonly<Record<Attribute, readonly string[]>>;
  hanParties: Readonly<Record<Party, readonly string[]>>;
  latinParties: Readonly<Record<Party, readonly string[]>>;
  hanRoles: Readonly<Record<Role, readonly string[]>>;
  latinRoles: Readonly<Record<Role, readonly string[]>>;
  hanFiller: readonly string[];
  latinFiller: readonly string[];
  /** Field name tokens, as in `NAME_TOKENS`. */
  nameTokens: Readonly<Record<string, ParsedLabel>>;
}

/** Appends each suffix to each stem, for labels such as 目的国代码 or 进口国名称. */
function withSuffixes(stems: readonly string[], suffixes: readonly string[]): string[] {
  return stems.flatMap((stem) => suffixes.map((suffix) => stem + suffix));
}

const DESTINATION_STEMS = [
  '目的国',
  '目的国家',
  '最终目的国',
  '目的地国家',
  '进口国',
  '进口国家',
  '目的国地区',
  '进口国地区',
  '目的国别',
  '进口国别',
];
const FETCH_PLACE_STEMS = ['领证地点', '领证机构', '签证机构', '领证海关', '签证地点', '发证机构', '签证机关', '取证地点', '领证地'];
const CODE_OR_NAME = ['', '代码', '编码', '名称'];

/** Han patterns per attribute. Of the patterns contained in a label, the longest wins. */
export const HAN_ATTRIBUTES: Readonly<Record<Attribute, readonly string[]>> = {
  name: ['名称', '全称'],
  cnName: ['中文名称', '名称中文', '中文名', '中文全称'],
  enName: ['英文名称', '名称英文', '外文名称', '英文名', '英文全称'],
  person: ['姓名', '名字'],
  uscc: ['统一社会信用代码', '社会统一信用代码', '社会信用代码', '信用代码', '统一代码'],
  orgCode: ['组织机构代码', '机构代码'],
  customsCode: [
    '海关注册编码',
    '海关注册编号',
    '海关注册代码',
    '海关注册号',
    '海关编码',
    '海关代码',
    '海关编号',
    '海关十位编码',
    '海关备案编号',
    '十位编码',
  ],
  exporterCode: ['出口商代码', '出口商编码', '出口商标识码', '主体标识码', '主体标识'],
  tel: ['电话', '联系电话', '电话号码', '固定电话', '办公电话', '座机', '联系方式'],
  mobile: ['手机', '手机号', '手机号码', '移动电话', '联系手机'],
  fax: ['传真', '传真号', '传真号码'],
  email: ['电子邮箱', '邮箱', '电子邮件', '邮件', '邮箱地址', '邮件地址', '电子信箱'],
  address: ['地址', '住所', '通讯地址', '联系地址', '注册地址', '经营地址', '办公地址'],
  cnAddress: ['中文地址', '地址中文'],
  enAddress: ['英文地址', '地址英文', '外文地址'],
  idNumber: ['身份证号码', '身份证号', '身份证', '证件号码', '证件号', '身份证件号码'],
  fetchPlace: withSuffixes(FETCH_PLACE_STEMS, CODE_OR_NAME),
  aplAdd: withSuffixes(['申请地点', '申报地点', '申请地'], CODE_OR_NAME),
  destination: withSuffixes(DESTINATION_STEMS, CODE_OR_NAME),
  exporterBox: ['名称地址国家', '名称地址', '名称及地址', '名称和地址', '名称地址及国家'],
  unrelated: [
    '类型',
    '类别',
    '日期',
    '时间',
    '编号',
    '发票',
    '注册号',
    '备注',
    '金额',
    '数量',
    '重量',
    '件数',
    '包装',
    '单价',
    '币制',
    '币种',
    '品名',
    '货物名称',
    '商品名称',
    '货物描述',
    '商品编码',
    '编码',
    '验证码',
    '校验码',
    '密码',
    '用户名',
    '账号',
    '账户',
    '关键字',
    '关键词',
    '搜索',
    '查询',
    '邮编',
    '邮政编码',
    '网址',
    '网站',
    '运输方式',
    '目的港',
    '装运港',
    '卸货港',
    '起运港',
    '港口',
    '口岸',
    '原产地',
    '原产国',
    '标准',
    '国籍',
    '性别',
    '职务',
    '职位',
    '部门',
    '说明',
    '描述',
    '附件',
    '图片',
    '文件',
    '状态',
    '签名',
    '印章',
    '授权',
    '有效期',
  ],
};

/** Latin phrases per attribute, matched on whole words of the lower-cased label. */
export const LATIN_ATTRIBUTES: Readonly<Record<Attribute, readonly string[]>> = {
  name: ['name', 'full name', 'business name'],
  cnName: ['chinese name', 'name chinese', 'name in chinese', 'cn name', 'name cn'],
  enName: ['english name', 'name english', 'name in english', 'en name', 'name en'],
  person: ['full name of person', 'person name'],
  uscc: ['unified social credit code', 'social credit code', 'credit code', 'uscc', 'unified code'],
  orgCode: ['organization code', 'organisation code', 'org code', 'organization institution code'],
  customsCode: [
    'customs code',
    'customs registration code',
    'customs registration number',
    'customs registration no',
    'customs number',
    'customs no',
    'customs id',
    'customs registration',
  ],
  exporterCode: ['exporter code', 'exporter id'],
  tel: ['tel', 'telephone', 'phone', 'phone number', 'telephone number', 'tel no', 'contact number'],
  mobile: ['mobile', 'mobile phone', 'cell phone', 'cellphone', 'mobile number', 'mobile no'],
  fax: ['fax', 'fax number', 'fax no'],
  email: ['email', 'e mail', 'mail', 'email address', 'e mail address', 'mailbox'],
  address: ['address', 'registered address', 'business address'],
  cnAddress: ['chinese address', 'address chinese', 'address in chinese', 'address cn'],
  enAddress: ['english address', 'address english', 'address in english', 'address en'],
  idNumber: [
    'id number',
    'id no',
    'id card',
    'id card number',
    'id card no',
    'identity card',
    'identity card number',
    'identity number',
    'identification number',
  ],
  fetchPlace: [
    'issuing authority',
    'issuing office',
    'issuing agency',
    'issuing body',
    'visa office',
    'visa authority',
    'place of collection',
    'collection place',
    'certificate collection place',
  ],
  aplAdd: ['place of application', 'application place', 'apply place', 'applying place'],
  destination: [
    'destination country',
    'country of destination',
    'importing country',
    'import country',
    'country of import',
    'final destination country',
    'destination country region',
    'importing country region',
    'country region of destination',
  ],
  exporterBox: ['name address country', 'name and address', 'name address', 'name address and country'],
  unrelated: [
    'date',
    'time',
    'type',
    'invoice',
    'remark',
    'remarks',
    'quantity',
    'weight',
    'amount',
    'currency',
    'hs code',
    'goods',
    'description',
    'password',
    'captcha',
    'verification code',
    'username',
    'user name',
    'account',
    'keyword',
    'search',
    'query',
    'postcode',
    'post code',
    'zip',
    'zip code',
    'website',
    'url',
    'port',
    'transport',
    'origin',
    'criterion',
    'status',
    'attachment',
    'registration number',
  ],
};

export const HAN_PARTIES: Readonly<Record<Party, readonly string[]>> = {
  enterprise: ['企业', '公司', '单位', '本企业'],
  exporter: ['出口商', '出口企业', '出口方', '出口人', '申请企业', '申请单位', '申请人', '发货人'],
  producer: ['生产商', '生产企业', '生产厂商', '生产厂家', '生产厂', '制造商', '生产单位', '生产者'],
  signer: ['申报员', '手签员', '签字人', '签名人', '申报人员'],
  foreign: [
    '收货人',
    '收货方',
    '进口商',
    '进口方',
    '买方',
    '买家',
    '境外收货人',
    '通知人',
    '承运人',
    '代理',
    '货代',
    '报关行',
  ],
};

export const LATIN_PARTIES: Readonly<Record<Party, readonly string[]>> = {
  enterprise: ['company', 'enterprise', 'corporate', 'firm'],
  exporter: ['exporter', 'applicant', 'exporting company', 'consignor'],
  producer: ['producer', 'manufacturer', 'production enterprise'],
  signer: ['declarant', 'signer', 'signatory', 'hand signer', 'authorized signatory'],
  foreign: ['consignee', 'importer', 'buyer', 'notify party', 'carrier', 'agent', 'forwarder', 'broker'],
};

export const HAN_ROLES: Readonly<Record<Role, readonly string[]>> = {
  contact: ['联系人', '业务联系人'],
  legal: ['法定代表人', '法人代表', '法定代表', '法人', '负责人'],
};

export const LATIN_ROLES: Readonly<Record<Role, readonly string[]>> = {
  contact: ['contact', 'contact person', 'liaison'],
  legal: ['legal representative', 'legal person', 'legal rep', 'legal'],
};

/** Han characters that may remain in a label once its parts are removed. */
export const HAN_FILLER = ['的', '及', '和', '与', '之', '或', '号'];

/** Latin words that may remain in a label once its parts are removed. */
export const LATIN_FILLER = ['of', 'the', 'in', 's', 'and', 'or', 'for', 'no', 'your'];

function parsed(party: Party | null, role: Role | null, attribute: Attribute | null): ParsedLabel {
  return { party, role, attribute };
}

/**
 * Field names and ids, lower case with separators removed: pinyin initials used by the Chinese
 * portals (qymc = 企业名称) and common English names. Two-letter initials such as `dz` or `sj` are
 * left out because they stand for several words (sj is 手机 or 时间).
 */
export const NAME_TOKENS: ReadonlyMap<string, ParsedLabel> = new Map<string, ParsedLabel>([
  ...['qymc', 'qyzwmc', 'dwmc', 'gsmc', 'entname', 'entcnname', 'enterprisename', 'enterprisecnname', 'companyname', 'corpname'].map(
    (token): [string, ParsedLabel] => [token, parsed('enterprise', null, 'name')],
  ),
  ...['zwmc'].map((token): [string, ParsedLabel] => [token, parsed(null, null, 'cnName')]),
  ...['qyywmc', 'ywmc', 'entenname', 'entnameen', 'enterpriseenname', 'companynameen', 'companyenname', 'nameen', 'enname'].map(
    (token): [string, ParsedLabel] => [token, parsed(null, null, 'enName')],
  ),
  ...['shxydm', 'tyshxydm', 'tyxydm', 'xydm', 'uscc', 'creditcode', 'socialcreditcode', 'unifiedsocialcreditcode'].map(
    (token): [string, ParsedLabel] => [token, parsed(null, null, 'uscc')],
  ),
  ...['zzjgdm', 'jgdm', 'orgcode', 'organizationcode', 'orgno'].map((token): [string, ParsedLabel] => [
    token,
    parsed(null, null, 'orgCode'),
  ]),
  ...['hgzcbm', 'hgbm', 'hgdm', 'hgzch', 'hgzcdm', 'customscode', 'customsid', 'customsno', 'customsregno'].map(
    (token): [string, ParsedLabel] => [token, parsed(null, null, 'customsCode')],
  ),
  ...['cksdm', 'cksbm', 'exportercode', 'subjectcode', 'ztbsm'].map((token): [string, ParsedLabel] => [
    token,
    parsed(null, null, 'exporterCode'),
  ]),
  ...['fddbr', 'frdb', 'frxm', 'legalperson', 'legalname', 'legalrep', 'legalrepresentative'].map(
    (token): [string, ParsedLabel] => [token, parsed(null, 'legal', null)],
  ),
  ...['frdh', 'fddbrdh', 'frsj', 'frlxdh', 'legaltel', 'legalpersontel', 'legalphone', 'legalmobile'].map(
    (token): [string, ParsedLabel] => [token, parsed(null, 'legal', 'tel')],
  ),
  ...['lxr', 'lxrxm', 'contact', 'contacts', 'contactperson', 'contactname', 'linkman'].map((token): [string, ParsedLabel] => [
    token,
    parsed(null, 'contact', null),
  ]),
  ...['lxrdh', 'lxrsj', 'lxrlxdh', 'contacttel', 'contactphone', 'contactmobile', 'linktel', 'linkphone', 'linkmantel'].map(
    (token): [string, ParsedLabel] => [token, parsed(null, 'contact', 'tel')],
  ),
  ...['qydh', 'enttel', 'companytel', 'enterprisetel', 'exportertel', 'companyphone'].map((token): [string, ParsedLabel] => [
    token,
    parsed('enterprise', null, 'tel'),
  ]),
  ...['lxdh', 'tel', 'telephone', 'phone', 'phoneno', 'telno'].map((token): [string, ParsedLabel] => [
    token,
    parsed(null, null, 'tel'),
  ]),
  ...['qycz', 'fax', 'faxno', 'entfax', 'czhm'].map((token): [string, ParsedLabel] => [token, parsed(null, null, 'fax')]),
  ...['dzyx', 'email', 'mail', 'emailaddress', 'qyyx', 'entemail'].map((token): [string, ParsedLabel] => [
    token,
    parsed(null, null, 'email'),
  ]),
  ...['qydz', 'addr', 'address', 'entaddr', 'enterpriseaddr', 'companyaddress', 'zcdz', 'jydz'].map(
    (token): [string, ParsedLabel] => [token, parsed(null, null, 'address')],
  ),
  ...['addrcn', 'cnaddr', 'zwdz', 'addresscn'].map((token): [string, ParsedLabel] => [token, parsed(null, null, 'cnAddress')]),
  ...['addren', 'enaddr', 'ywdz', 'addressen', 'englishaddress'].map((token): [string, ParsedLabel] => [
    token,
    parsed(null, null, 'enAddress'),
  ]),
  ...['lzdd', 'lzjg', 'qzjg', 'qzjgdm', 'lzdddm', 'visaorg', 'fetchplace', 'issueorg', 'issuingauthority'].map(
    (token): [string, ParsedLabel] => [token, parsed(null, null, 'fetchPlace')],
  ),
  ...['sqdd', 'sqdddm', 'apladd', 'applyplace', 'applicationplace'].map((token): [string, ParsedLabel] => [
    token,
    parsed(null, null, 'aplAdd'),
  ]),
  ...[
    'mdg',
    'mdgdm',
    'mdgj',
    'jkg',
    'jkgdm',
    'jkgj',
    'zzmdg',
    'zzmdgdm',
    'destcountry',
    'destinationcountry',
    'importcountry',
    'importingcountry',
  ].map((token): [string, ParsedLabel] => [token, parsed(null, null, 'destination')]),
  ...['sbyxm', 'hqyxm', 'sqyxm', 'sbymc', 'signername', 'declarantname'].map((token): [string, ParsedLabel] => [
    token,
    parsed('signer', null, 'person'),
  ]),
  ...['sbysj', 'sbydh', 'hqysj', 'hqydh', 'signertel', 'signermobile', 'declaranttel', 'declarantmobile'].map(
    (token): [string, ParsedLabel] => [token, parsed('signer', null, 'mobile')],
  ),
  ...['sbysfz', 'sbysfzh', 'hqysfzh', 'signeridcard', 'declarantidcard'].map((token): [string, ParsedLabel] => [
    token,
    parsed('signer', null, 'idNumber'),
  ]),
  ...['sfzh', 'sfzhm', 'sfz', 'zjhm', 'idcard', 'idno', 'idnumber', 'identity', 'identityno', 'idcardno'].map(
    (token): [string, ParsedLabel] => [token, parsed(null, null, 'idNumber')],
  ),
  ...['sjhm', 'mobile', 'mobilephone', 'cellphone', 'mobileno'].map((token): [string, ParsedLabel] => [
    token,
    parsed(null, null, 'mobile'),
  ]),
  ...['personname', 'fullname'].map((token): [string, ParsedLabel] => [token, parsed(null, null, 'person')]),
  ...['scsmc', 'scqymc', 'sccjmc', 'scdwmc', 'producername', 'manufacturername'].map((token): [string, ParsedLabel] => [
    token,
    parsed('producer', null, 'name'),
  ]),
  ...['scslxr', 'scqylxr', 'producercontact', 'producercontactperson'].map((token): [string, ParsedLabel] => [
    token,
    parsed('producer', 'contact', null),
  ]),
  ...['scsdh', 'scslxdh', 'scqylxdh', 'scslxrdh', 'producertel', 'producerphone', 'producercontacttel'].map(
    (token): [string, ParsedLabel] => [token, parsed('producer', null, 'tel')],
  ),
  ...['scsshxydm', 'scqyshxydm', 'scstyshxydm', 'produceruscc', 'producercreditcode'].map((token): [string, ParsedLabel] => [
    token,
    parsed('producer', null, 'uscc'),
  ]),
  ...['exporter', 'cks', 'ckszl', 'exporterinfo'].map((token): [string, ParsedLabel] => [token, parsed('exporter', null, null)]),
]);

/** The vocabulary of this module, which the worker decides each fill with. */
export const VOCABULARY: Vocabulary = {
  hanAttributes: HAN_ATTRIBUTES,
  latinAttributes: LATIN_ATTRIBUTES,
  hanParties: HAN_PARTIES,
  latinParties: LATIN_PARTIES,
  hanRoles: HAN_ROLES,
  latinRoles: LATIN_ROLES,
  hanFiller: HAN_FILLER,
  latinFiller: LATIN_FILLER,
  nameTokens: Object.fromEntries(NAME_TOKENS),
};
