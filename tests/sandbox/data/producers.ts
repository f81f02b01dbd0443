/**
 * Seed customs producers (生产商): the factories whose goods the seed enterprises export, two
 * for each enterprise. Codes are built by `code-makers` so their check characters are valid.
 */
import { makeOrgCode, makeUscc } from './code-makers';

export interface ProducerRecord {
  id: number;
  customsEnterpriseId: number;
  producerName: string;
  producerContactPerson: string;
  producerContactTel: string;
  socialCreditCode: string;
}

function producer(
  id: number,
  customsEnterpriseId: number,
  producerName: string,
  contact: [string, string],
  region: string,
  orgBody: string,
): ProducerRecord {
  return {
    id,
    customsEnterpriseId,
    producerName,
    producerContactPerson: contact[0],
    producerContactTel: contact[1],
    socialCreditCode: makeUscc('91', region, makeOrgCode(orgBody)),
  };
}

/** Returns new copies of the seed producers, ordered by id. */
export function seedProducers(): ProducerRecord[] {
  return [
    producer(101, 1, '宁波鄞州织美针织服饰有限公司', ['孙海燕', '13705748812'], '330212', 'MA2AK3D5'),
    producer(102, 1, '绍兴柯桥锦程家纺有限公司', ['钱立新', '13567520314'], '330603', 'MA2BR6T1'),
    producer(201, 2, '苏州吴江华锐铸造有限公司', ['周建国', '13812736645'], '320509', 'MA1NC8E2'),
    producer(202, 2, '昆山精工数控部件有限公司', ['吴晓东', '15962418870'], '320583', 'MA1PD2H9'),
    producer(301, 3, '东莞市明辉光电有限公司', ['刘小燕', '13925806631'], '441900', 'MA5G7L3Q'),
    producer(302, 3, '中山市古镇恒亮灯饰厂', ['梁伟', '13631122708'], '442000', 'MA5H1W6K'),
  ];
}
