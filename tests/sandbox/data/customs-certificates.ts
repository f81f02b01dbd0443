/**
 * Seed customs certificates of origin (海关原产地证书) of the seed enterprises, one or more in
 * each workflow state, with goods lines, attached documents and invoices.
 *
 * Certificate numbers continue each enterprise's `startingCertificateNo` series. `ciqRegNo` is
 * the application number the XML routes take. Invoice YH2026-0118 is split over two
 * certificates, as happens when goods ship under two agreements.
 */
import { makeOrgCode } from './code-makers';

export const CERTIFICATE_STATUSES = ['草稿', '已申报', '审核通过', '已退回', '已打印'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export interface GoodsRecord {
  id: number;
  gNo: string;
  hsCode: string;
  goodsName: string;
  goodsNameE: string;
  goodsQty: string;
  goodsUnit: string;
  oriCriteria: string;
  nonOriginIngredients: string;
  iCompPrpr: string;
  goodsItemFlag: boolean;
}

export interface DocumentRecord {
  id: number;
  fileType: string;
  fileTypeName: string;
  fileName: string;
  url: string;
}

export interface InvoiceRecord {
  invNo: string;
  invDate: string;
}

export interface CertificateRecord {
  id: number;
  certNo: string;
  ciqRegNo: string;
  status: CertificateStatus;
  applyType: string;
  certType: string;
  customsEnterpriseId: number;
  applId: number;
  orgCode: string;
  fetchPlace: string;
  aplAdd: string;
  invDate: string;
  invNo: string;
  aplDate: string;
  exporter: string;
  consignee: string;
  goodsSpecClause: string;
  mark: string;
  goodsList: GoodsRecord[];
  documentList: DocumentRecord[];
  nonpartyCorpList: Record<string, unknown>[];
  invoiceInfoList: InvoiceRecord[];
}

const YUANHANG_EXPORTER =
  'NINGBO HAISHU YUANHANG IMPORT & EXPORT CO., LTD.\nNO.188 SHANSHAN ROAD, WANGCHUN INDUSTRIAL PARK, HAISHU DISTRICT, NINGBO, CHINA';

function goods(
  id: number,
  hsCode: string,
  names: [string, string],
  quantity: [string, string],
  oriCriteria: string,
): GoodsRecord {
  return {
    id,
    gNo: String(id % 100),
    hsCode,
    goodsName: names[0],
    goodsNameE: names[1],
    goodsQty: quantity[0],
    goodsUnit: quantity[1],
    oriCriteria,
    nonOriginIngredients: '',
    iCompPrpr: '',
    goodsItemFlag: true,
  };
}

function invoiceDocument(id: number, invNo: string): DocumentRecord {
  return {
    id,
    fileType: '1',
    fileTypeName: '商业发票',
    fileName: `${invNo}-invoice.pdf`,
    url: `/files/documents/${id}/${invNo}-invoice.pdf`,
  };
}

function packingDocument(id: number, invNo: string): DocumentRecord {
  return {
    id,
    fileType: '2',
    fileTypeName: '装箱单',
    fileName: `${invNo}-packing.pdf`,
    url: `/files/documents/${id}/${invNo}-packing.pdf`,
  };
}

function yuanhangCertificate(
  fields: Pick<CertificateRecord, 'id' | 'certNo' | 'ciqRegNo' | 'status' | 'certType' | 'invNo' | 'invDate' | 'aplDate' | 'consignee'>,
  goodsList: GoodsRecord[],
): CertificateRecord {
  return {
    ...fields,
    applyType: '新申请',
    customsEnterpriseId: 1,
    applId: 5011,
    orgCode: 'MA2H7Q8X6',
    fetchPlace: '宁波海关',
    aplAdd: '宁波',
    exporter: YUANHANG_EXPORTER,
    goodsSpecClause: '',
    mark: 'N/M',
    goodsList,
    documentList: [invoiceDocument(fields.id * 10 + 1, fields.invNo), packingDocument(fields.id * 10 + 2, fields.invNo)],
    nonpartyCorpList: [],
    invoiceInfoList: [{ invNo: fields.invNo, invDate: fields.invDate }],
  };
}

/** Returns new copies of the seed certificates, ordered by id. */
export function seedCertificates(): CertificateRecord[] {
  return [
    yuanhangCertificate(
      {
        id: 1,
        certNo: 'E263100A00010001',
        ciqRegNo: '3302600001',
        status: '已打印',
        certType: 'RCEP',
        invNo: 'YH2026-0105',
        invDate: '2026-01-05',
        aplDate: '2026-01-06',
        consignee: 'TOKYO SANWA TRADING CO., LTD.\n2-3-1 NIHONBASHI, CHUO-KU, TOKYO, JAPAN',
      },
      [
        goods(101, '610910', ['棉制针织T恤衫', "MEN'S COTTON KNITTED T-SHIRTS"], ['12000', '件'], 'CTH'),
        goods(102, '611030', ['化纤针织套头衫', 'KNITTED PULLOVERS OF MAN-MADE FIBRES'], ['3600', '件'], 'CTH'),
      ],
    ),
    yuanhangCertificate(
      {
        id: 2,
        certNo: 'E263100A00010002',
        ciqRegNo: '3302600002',
        status: '审核通过',
        certType: 'RCEP',
        invNo: 'YH2026-0118',
        invDate: '2026-01-18',
        aplDate: '2026-01-19',
        consignee: 'OSAKA MIDORI APPAREL INC.\n4-1-2 HONMACHI, CHUO-KU, OSAKA, JAPAN',
      },
      [goods(201, '620342', ['棉制男式长裤', "MEN'S COTTON TROUSERS"], ['5000', '条'], 'CTH')],
    ),
    yuanhangCertificate(
      {
        id: 3,
        certNo: 'E263100A00010003',
        ciqRegNo: '3302600003',
        status: '已申报',
        certType: '中国-韩国自贸协定',
        invNo: 'YH2026-0118',
        invDate: '2026-01-18',
        aplDate: '2026-01-20',
        consignee: 'BUSAN HANA TEXTILE CO., LTD.\n45 JUNGANG-DAERO, JUNG-GU, BUSAN, KOREA',
      },
      [goods(301, '630231', ['棉制床单', 'COTTON BED LINEN'], ['2400', '套'], 'PSR')],
    ),
    yuanhangCertificate(
      {
        id: 4,
        certNo: '',
        ciqRegNo: '3302600004',
        status: '草稿',
        certType: 'RCEP',
        invNo: 'YH2026-0202',
        invDate: '2026-02-02',
        aplDate: '',
        consignee: 'TOKYO SANWA TRADING CO., LTD.\n2-3-1 NIHONBASHI, CHUO-KU, TOKYO, JAPAN',
      },
      [goods(401, '610910', ['棉制针织T恤衫', "MEN'S COTTON KNITTED T-SHIRTS"], ['8000', '件'], 'CTH')],
    ),
    {
      id: 5,
      certNo: 'E262305A00020001',
      ciqRegNo: '3205600001',
      status: '已退回',
      applyType: '新申请',
      certType: '中国-东盟自贸协定',
      customsEnterpriseId: 2,
      applId: 5021,
      orgCode: makeOrgCode('MA1MX4K7'),
      fetchPlace: '苏州海关',
      aplAdd: '苏州',
      invDate: '2026-01-12',
      invNo: 'HT-26-0007',
      aplDate: '2026-01-13',
      exporter: 'SUZHOU WUZHONG HENGTUO PRECISION MACHINERY CO., LTD.',
      consignee: 'PT SINAR MESIN INDONESIA\nJL. GATOT SUBROTO KAV. 18, JAKARTA, INDONESIA',
      goodsSpecClause: '',
      mark: 'HT/JKT',
      goodsList: [goods(501, '845931', ['数控镗铣床', 'CNC BORING-MILLING MACHINES'], ['6', '台'], 'RVC 40%')],
      documentList: [invoiceDocument(51, 'HT-26-0007')],
      nonpartyCorpList: [],
      invoiceInfoList: [{ invNo: 'HT-26-0007', invDate: '2026-01-12' }],
    },
    {
      id: 6,
      certNo: 'E265300A00030001',
      ciqRegNo: '4403600001',
      status: '已申报',
      applyType: '新申请',
      certType: '中国-澳大利亚自贸协定',
      customsEnterpriseId: 3,
      applId: 5031,
      orgCode: makeOrgCode('MA5F2R8W'),
      fetchPlace: '深圳海关',
      aplAdd: '深圳',
      invDate: '2026-01-22',
      invNo: 'PH20260122',
      aplDate: '2026-01-23',
      exporter: 'SHENZHEN PENGHUI SMART LIGHTING TECHNOLOGY CO., LTD.',
      consignee: 'BRIGHTLINE LIGHTING PTY LTD\n12 FOREST ROAD, SYDNEY NSW 2000, AUSTRALIA',
      goodsSpecClause: '',
      mark: 'BRIGHTLINE SYD',
      goodsList: [
        goods(601, '940542', ['LED 灯具', 'LED LUMINAIRES'], ['4800', '套'], 'PSR'),
        goods(602, '853952', ['LED 灯泡', 'LED LAMPS'], ['20000', '个'], 'PSR'),
      ],
      documentList: [invoiceDocument(61, 'PH20260122'), packingDocument(62, 'PH20260122')],
      nonpartyCorpList: [],
      invoiceInfoList: [{ invNo: 'PH20260122', invDate: '2026-01-22' }],
    },
  ];
}
