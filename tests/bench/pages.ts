/**
 * Generated pages for the fill benchmark: a form of 40 fields spread over a page and two
 * nested frames, and one page with 5,000 inputs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Labels of the enterprise and signer fields that portal forms carry. */
const PORTAL_LABELS = [
  '企业中文名称',
  '企业英文名称',
  '统一社会信用代码',
  '组织机构代码',
  '海关注册编码',
  '出口商代码',
  '法定代表人',
  '法人电话',
  '联系人',
  '联系人电话',
  '企业电话',
  '企业传真',
  '电子邮箱',
  '申请地点',
  '企业地址',
  '手签员姓名',
  '手签员身份证号',
  '手签员电话',
];

/** Labels of fields the profile has no data for, as found around the enterprise block. */
const OTHER_LABELS = ['发票号', '商品名称', '数量', '单价', '备注', '唛头', '包装件数', '毛重', '净重', '运输方式'];

export const FRAME_FIELD_COUNTS = [14, 13, 13] as const;
export const LARGE_INPUT_COUNT = 5_000;

function labelAt(position: number): string {
  const all = [...PORTAL_LABELS, ...OTHER_LABELS];
  const label = all[position % all.length] ?? '备注';
  return position < all.length ? label : `${label}${Math.floor(position / all.length) + 1}`;
}

function fieldRows(prefix: string, first: number, count: number): string {
  const rows: string[] = [];
  for (let offset = 0; offset < count; offset++) {
    const id = `${prefix}-${first + offset}`;
    rows.push(
      `<tr><td><label for="${id}">${labelAt(first + offset)}：</label></td>` +
        `<td><input type="text" id="${id}" name="${id}" maxlength="200"></td></tr>`,
    );
  }
  return `<table>${rows.join('\n')}</table>`;
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n${body}\n</body></html>\n`;
}

/** Writes the pages into `dir` and returns their file names. */
export async function writeFillPages(dir: string): Promise<{ frames: string; large: string }> {
  await mkdir(dir, { recursive: true });
  const [topCount, middleCount, innerCount] = FRAME_FIELD_COUNTS;
  await writeFile(
    join(dir, 'frames.html'),
    page('40 fields in 3 frames', `${fieldRows('top', 0, topCount)}\n<iframe src="frame-middle.html" width="800" height="900"></iframe>`),
  );
  await writeFile(
    join(dir, 'frame-middle.html'),
    page('middle frame', `${fieldRows('middle', topCount, middleCount)}\n<iframe src="frame-inner.html" width="700" height="600"></iframe>`),
  );
  await writeFile(join(dir, 'frame-inner.html'), page('inner frame', fieldRows('inner', topCount + middleCount, innerCount)));

  // The first rows carry the portal labels; the rest is a goods table of 20 columns.
  const columns = 20;
  const head = fieldRows('head', 0, PORTAL_LABELS.length);
  const goodsCount = LARGE_INPUT_COUNT - PORTAL_LABELS.length;
  const headerCells = Array.from({ length: columns }, (_, column) => `<th>${OTHER_LABELS[column % OTHER_LABELS.length]}</th>`);
  const goodsRows: string[] = [];
  for (let first = 0; first < goodsCount; first += columns) {
    const cells = [];
    for (let index = first; index < Math.min(first + columns, goodsCount); index++) {
      cells.push(`<td><input type="text" name="goods-${index}" aria-label="${OTHER_LABELS[index % columns % OTHER_LABELS.length]} ${index}"></td>`);
    }
    goodsRows.push(`<tr>${cells.join('')}</tr>`);
  }
  await writeFile(
    join(dir, 'large.html'),
    page(`${LARGE_INPUT_COUNT} inputs`, `${head}\n<table><tr>${headerCells.join('')}</tr>\n${goodsRows.join('\n')}</table>`),
  );
  return { frames: 'frames.html', large: 'large.html' };
}
