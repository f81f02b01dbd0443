/**
 * Seaports of China's main trading partners, keyed by ISO 3166-1 alpha-2 code. Codes are
 * UN/LOCODEs (country code plus three characters). Partners missing here get an empty port
 * list, as many small countries have in the real service.
 */

export interface Port {
  portNameChinese: string;
  portNameEnglish: string;
  portCode: string;
}

/** Each port as `[UN/LOCODE, Chinese name, English name]`. */
type PortRow = readonly [string, string, string];

const PORT_ROWS: Record<string, readonly PortRow[]> = {
  AE: [
    ['AEJEA', '杰贝阿里', 'Jebel Ali'],
    ['AEDXB', '迪拜', 'Dubai'],
    ['AEAUH', '阿布扎比', 'Abu Dhabi'],
    ['AESHJ', '沙迦', 'Sharjah'],
  ],
  AU: [
    ['AUSYD', '悉尼', 'Sydney'],
    ['AUMEL', '墨尔本', 'Melbourne'],
    ['AUBNE', '布里斯班', 'Brisbane'],
    ['AUFRE', '弗里曼特尔', 'Fremantle'],
    ['AUADL', '阿德莱德', 'Adelaide'],
  ],
  BD: [['BDCGP', '吉大港', 'Chittagong']],
  BE: [
    ['BEANR', '安特卫普', 'Antwerp'],
    ['BEZEE', '泽布吕赫', 'Zeebrugge'],
  ],
  BR: [
    ['BRSSZ', '桑托斯', 'Santos'],
    ['BRPNG', '巴拉那瓜', 'Paranagua'],
    ['BRRIG', '里奥格兰德', 'Rio Grande'],
    ['BRRIO', '里约热内卢', 'Rio de Janeiro'],
    ['BRITJ', '伊塔雅伊', 'Itajai'],
  ],
  CA: [
    ['CAVAN', '温哥华', 'Vancouver'],
    ['CAPRR', '鲁珀特王子港', 'Prince Rupert'],
    ['CAMTR', '蒙特利尔', 'Montreal'],
    ['CAHAL', '哈利法克斯', 'Halifax'],
    ['CATOR', '多伦多', 'Toronto'],
  ],
  CL: [
    ['CLSAI', '圣安东尼奥', 'San Antonio'],
    ['CLVAP', '瓦尔帕莱索', 'Valparaiso'],
    ['CLIQQ', '伊基克', 'Iquique'],
  ],
  CN: [
    ['CNSHA', '上海', 'Shanghai'],
    ['CNNGB', '宁波', 'Ningbo'],
    ['CNSZX', '深圳', 'Shenzhen'],
    ['CNCAN', '广州', 'Guangzhou'],
    ['CNTAO', '青岛', 'Qingdao'],
    ['CNTXG', '天津新港', 'Tianjin Xingang'],
    ['CNXMN', '厦门', 'Xiamen'],
    ['CNDLC', '大连', 'Dalian'],
  ],
  DE: [
    ['DEHAM', '汉堡', 'Hamburg'],
    ['DEBRV', '不来梅哈芬', 'Bremerhaven'],
    ['DEBRE', '不来梅', 'Bremen'],
    ['DEWVN', '威廉港', 'Wilhelmshaven'],
  ],
  EG: [
    ['EGPSD', '塞得港', 'Port Said'],
    ['EGALY', '亚历山大', 'Alexandria'],
  ],
  ES: [
    ['ESVLC', '巴伦西亚', 'Valencia'],
    ['ESBCN', '巴塞罗那', 'Barcelona'],
    ['ESALG', '阿尔赫西拉斯', 'Algeciras'],
    ['ESBIO', '毕尔巴鄂', 'Bilbao'],
  ],
  FR: [
    ['FRLEH', '勒阿弗尔', 'Le Havre'],
    ['FRMRS', '马赛', 'Marseille'],
    ['FRFOS', '福斯', 'Fos-sur-Mer'],
    ['FRDKK', '敦刻尔克', 'Dunkerque'],
  ],
  GB: [
    ['GBFXT', '费利克斯托', 'Felixstowe'],
    ['GBSOU', '南安普敦', 'Southampton'],
    ['GBLGP', '伦敦门户港', 'London Gateway'],
    ['GBLIV', '利物浦', 'Liverpool'],
  ],
  HK: [['HKHKG', '香港', 'Hong Kong']],
  ID: [
    ['IDJKT', '雅加达', 'Jakarta'],
    ['IDSUB', '泗水', 'Surabaya'],
    ['IDSRG', '三宝垄', 'Semarang'],
    ['IDBLW', '勿拉湾', 'Belawan'],
  ],
  IN: [
    ['INNSA', '那瓦舍瓦', 'Nhava Sheva'],
    ['INMAA', '金奈', 'Chennai'],
    ['INMUN', '蒙德拉', 'Mundra'],
    ['INCCU', '加尔各答', 'Kolkata'],
  ],
  IT: [
    ['ITGOA', '热那亚', 'Genoa'],
    ['ITSPE', '拉斯佩齐亚', 'La Spezia'],
    ['ITNAP', '那不勒斯', 'Naples'],
    ['ITTRS', '的里雅斯特', 'Trieste'],
    ['ITVCE', '威尼斯', 'Venice'],
  ],
  JP: [
    ['JPTYO', '东京', 'Tokyo'],
    ['JPYOK', '横滨', 'Yokohama'],
    ['JPOSA', '大阪', 'Osaka'],
    ['JPUKB', '神户', 'Kobe'],
    ['JPNGO', '名古屋', 'Nagoya'],
    ['JPHKT', '博多', 'Hakata'],
    ['JPMOJ', '门司', 'Moji'],
  ],
  KE: [['KEMBA', '蒙巴萨', 'Mombasa']],
  KR: [
    ['KRPUS', '釜山', 'Busan'],
    ['KRINC', '仁川', 'Incheon'],
    ['KRKAN', '光阳', 'Gwangyang'],
    ['KRPTK', '平泽', 'Pyeongtaek'],
    ['KRUSN', '蔚山', 'Ulsan'],
  ],
  LK: [['LKCMB', '科伦坡', 'Colombo']],
  MX: [
    ['MXZLO', '曼萨尼约', 'Manzanillo'],
    ['MXLZC', '拉萨罗卡德纳斯', 'Lazaro Cardenas'],
    ['MXVER', '韦拉克鲁斯', 'Veracruz'],
  ],
  MY: [
    ['MYPKG', '巴生港', 'Port Klang'],
    ['MYPEN', '槟城', 'Penang'],
    ['MYTPP', '丹戎帕拉帕斯', 'Tanjung Pelepas'],
    ['MYPGU', '巴西古当', 'Pasir Gudang'],
    ['MYKCH', '古晋', 'Kuching'],
  ],
  NG: [
    ['NGAPP', '阿帕帕', 'Apapa'],
    ['NGLOS', '拉各斯', 'Lagos'],
  ],
  NL: [
    ['NLRTM', '鹿特丹', 'Rotterdam'],
    ['NLAMS', '阿姆斯特丹', 'Amsterdam'],
  ],
  NZ: [
    ['NZAKL', '奥克兰', 'Auckland'],
    ['NZTRG', '陶朗加', 'Tauranga'],
    ['NZLYT', '利特尔顿', 'Lyttelton'],
    ['NZWLG', '惠灵顿', 'Wellington'],
  ],
  PE: [
    ['PECLL', '卡亚俄', 'Callao'],
    ['PEPAI', '派塔', 'Paita'],
  ],
  PH: [
    ['PHMNL', '马尼拉', 'Manila'],
    ['PHCEB', '宿务', 'Cebu'],
    ['PHDVO', '达沃', 'Davao'],
  ],
  PK: [
    ['PKKHI', '卡拉奇', 'Karachi'],
    ['PKBQM', '卡西姆港', 'Port Qasim'],
  ],
  RU: [
    ['RUVVO', '符拉迪沃斯托克', 'Vladivostok'],
    ['RULED', '圣彼得堡', 'Saint Petersburg'],
    ['RUNVS', '新罗西斯克', 'Novorossiysk'],
    ['RUVYP', '东方港', 'Vostochny'],
  ],
  SA: [
    ['SAJED', '吉达', 'Jeddah'],
    ['SADMM', '达曼', 'Dammam'],
  ],
  SG: [['SGSIN', '新加坡', 'Singapore']],
  TH: [
    ['THLCH', '林查班', 'Laem Chabang'],
    ['THBKK', '曼谷', 'Bangkok'],
    ['THSGZ', '宋卡', 'Songkhla'],
  ],
  TR: [
    ['TRMER', '梅尔辛', 'Mersin'],
    ['TRAMB', '阿姆巴利', 'Ambarli'],
    ['TRIST', '伊斯坦布尔', 'Istanbul'],
  ],
  TW: [
    ['TWKHH', '高雄', 'Kaohsiung'],
    ['TWKEL', '基隆', 'Keelung'],
    ['TWTXG', '台中', 'Taichung'],
  ],
  US: [
    ['USLAX', '洛杉矶', 'Los Angeles'],
    ['USLGB', '长滩', 'Long Beach'],
    ['USNYC', '纽约', 'New York'],
    ['USSEA', '西雅图', 'Seattle'],
    ['USOAK', '奥克兰', 'Oakland'],
    ['USHOU', '休斯敦', 'Houston'],
    ['USSAV', '萨凡纳', 'Savannah'],
    ['USCHS', '查尔斯顿', 'Charleston'],
  ],
  VN: [
    ['VNSGN', '胡志明市', 'Ho Chi Minh City'],
    ['VNHPH', '海防', 'Haiphong'],
    ['VNDAD', '岘港', 'Da Nang'],
    ['VNCMT', '盖梅', 'Cai Mep'],
  ],
  ZA: [
    ['ZADUR', '德班', 'Durban'],
    ['ZACPT', '开普敦', 'Cape Town'],
  ],
};

/** Returns fresh port objects for a country, or an empty list when none are listed. */
export function portsOf(isoAlpha2: string): Port[] {
  const rows = PORT_ROWS[isoAlpha2] ?? [];
  return rows.map(([portCode, portNameChinese, portNameEnglish]) => ({
    portNameChinese,
    portNameEnglish,
    portCode,
  }));
}
