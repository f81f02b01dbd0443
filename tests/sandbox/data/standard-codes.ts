/**
 * Tables of `/standard-code/{management}`: customs districts (关区, also the certificate
 * issuing authorities) and trade modes (贸易方式 / 监管方式).
 *
 * NOTE: the codes follow the public China Customs code lists as far as we know them, but the
 * English names are our own translations and the lists are shortened.
 */
import { STANDARD_CODE_TABLES, type StandardCodeTable } from '../../../utils/api/paths';

export interface StandardCodeRecord {
  code: string;
  name: string;
  nameEn: string;
}

/** Each entry as `[code, Chinese name, English name]`. */
type CodeRow = readonly [string, string, string];

const CUSTOMS_DISTRICTS: readonly CodeRow[] = [
  ['0100', '北京海关', 'Beijing Customs'],
  ['0200', '天津海关', 'Tianjin Customs'],
  ['0202', '新港海关', 'Xingang Customs'],
  ['0400', '石家庄海关', 'Shijiazhuang Customs'],
  ['0500', '太原海关', 'Taiyuan Customs'],
  ['0600', '满洲里海关', 'Manzhouli Customs'],
  ['0700', '呼和浩特海关', 'Hohhot Customs'],
  ['0800', '沈阳海关', 'Shenyang Customs'],
  ['0900', '大连海关', 'Dalian Customs'],
  ['1500', '长春海关', 'Changchun Customs'],
  ['1900', '哈尔滨海关', 'Harbin Customs'],
  ['2200', '上海海关', 'Shanghai Customs'],
  ['2201', '浦江海关', 'Pujiang Customs'],
  ['2202', '吴淞海关', 'Wusong Customs'],
  ['2233', '浦东机场海关', 'Pudong Airport Customs'],
  ['2248', '洋山海关', 'Yangshan Customs'],
  ['2300', '南京海关', 'Nanjing Customs'],
  ['2305', '苏州海关', 'Suzhou Customs'],
  ['2900', '杭州海关', 'Hangzhou Customs'],
  ['2901', '杭州萧山机场海关', 'Hangzhou Xiaoshan Airport Customs'],
  ['2920', '义乌海关', 'Yiwu Customs'],
  ['3100', '宁波海关', 'Ningbo Customs'],
  ['3101', '宁波北仑海关', 'Ningbo Beilun Customs'],
  ['3102', '宁波镇海海关', 'Ningbo Zhenhai Customs'],
  ['3104', '宁波保税区海关', 'Ningbo Free Trade Zone Customs'],
  ['3105', '宁波大榭海关', 'Ningbo Daxie Customs'],
  ['3300', '合肥海关', 'Hefei Customs'],
  ['3500', '福州海关', 'Fuzhou Customs'],
  ['3700', '厦门海关', 'Xiamen Customs'],
  ['4000', '南昌海关', 'Nanchang Customs'],
  ['4200', '青岛海关', 'Qingdao Customs'],
  ['4600', '郑州海关', 'Zhengzhou Customs'],
  ['4700', '武汉海关', 'Wuhan Customs'],
  ['4900', '长沙海关', 'Changsha Customs'],
  ['5100', '广州海关', 'Guangzhou Customs'],
  ['5200', '黄埔海关', 'Huangpu Customs'],
  ['5300', '深圳海关', 'Shenzhen Customs'],
  ['5301', '皇岗海关', 'Huanggang Customs'],
  ['5316', '大鹏海关', 'Dapeng Customs'],
  ['5700', '拱北海关', 'Gongbei Customs'],
  ['6000', '汕头海关', 'Shantou Customs'],
  ['6400', '海口海关', 'Haikou Customs'],
  ['6700', '湛江海关', 'Zhanjiang Customs'],
  ['6800', '江门海关', 'Jiangmen Customs'],
  ['7200', '南宁海关', 'Nanning Customs'],
  ['7900', '成都海关', 'Chengdu Customs'],
  ['8000', '重庆海关', 'Chongqing Customs'],
  ['8300', '贵阳海关', 'Guiyang Customs'],
  ['8600', '昆明海关', 'Kunming Customs'],
  ['8800', '拉萨海关', 'Lhasa Customs'],
  ['9000', '西安海关', "Xi'an Customs"],
  ['9400', '乌鲁木齐海关', 'Urumqi Customs'],
  ['9500', '兰州海关', 'Lanzhou Customs'],
  ['9600', '银川海关', 'Yinchuan Customs'],
  ['9700', '西宁海关', 'Xining Customs'],
];

const TRADE_MODES: readonly CodeRow[] = [
  ['0110', '一般贸易', 'General trade'],
  ['0130', '易货贸易', 'Barter trade'],
  ['0214', '来料加工', 'Processing with supplied materials'],
  ['0245', '来料料件内销', 'Domestic sale of supplied materials'],
  ['0255', '来料深加工', 'Further processing of supplied materials'],
  ['0265', '来料料件复出', 'Re-export of supplied materials'],
  ['0320', '不作价设备', 'Equipment supplied free of charge'],
  ['0420', '加工贸易设备', 'Equipment for processing trade'],
  ['0513', '补偿贸易', 'Compensation trade'],
  ['0615', '进料对口', 'Processing with imported materials (matched)'],
  ['0644', '进料料件内销', 'Domestic sale of imported materials'],
  ['0654', '进料深加工', 'Further processing of imported materials'],
  ['0664', '进料料件复出', 'Re-export of imported materials'],
  ['0715', '进料非对口', 'Processing with imported materials (unmatched)'],
  ['0815', '低值辅料', 'Low-value auxiliary materials'],
  ['1039', '市场采购', 'Market procurement trade'],
  ['1210', '保税电商', 'Bonded cross-border e-commerce'],
  ['1233', '保税仓库货物', 'Bonded warehouse goods'],
  ['1300', '修理物品', 'Goods for repair'],
  ['1427', '出料加工', 'Outward processing'],
  ['1523', '租赁贸易', 'Leasing trade'],
  ['1616', '寄售代销', 'Consignment sales'],
  ['2600', '暂时进出货物', 'Temporary import and export'],
  ['2700', '展览品', 'Exhibits'],
  ['3010', '货样广告品', 'Samples and advertising material'],
  ['3100', '无代价抵偿', 'Replacement free of charge'],
  ['3422', '对外承包出口', 'Export for overseas contracted projects'],
  ['4019', '边境小额', 'Small-scale border trade'],
  ['4561', '退运货物', 'Returned goods'],
  ['5034', '区内物流货物', 'Logistics goods within special zones'],
  ['9610', '电子商务', 'Cross-border e-commerce'],
  ['9639', '海关处理货物', 'Goods disposed of by customs'],
  ['9700', '后续补税', 'Supplementary duty payment'],
  ['9739', '其他贸易', 'Other trade'],
  ['9900', '其他', 'Other'],
];

const TABLES: Record<StandardCodeTable, readonly CodeRow[]> = {
  'customs-district': CUSTOMS_DISTRICTS,
  'trade-mode': TRADE_MODES,
};

/** Returns the entries of one table in code order, or `undefined` for an unknown table name. */
export function standardCodesOf(management: string): StandardCodeRecord[] | undefined {
  if (!isStandardCodeTable(management)) return undefined;
  return TABLES[management].map(([code, name, nameEn]) => ({ code, name, nameEn }));
}

function isStandardCodeTable(name: string): name is StandardCodeTable {
  const names: readonly string[] = STANDARD_CODE_TABLES;
  return names.includes(name);
}
