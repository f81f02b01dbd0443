/**
 * Reads a fixture page's fields as its `*.expected.json` describes them, for comparison with the
 * expected values.
 */
import type { Page } from 'playwright-core';
import { resolveField } from './selector';

export type FieldKind = 'text' | 'textarea' | 'date' | 'select' | 'radio';

export interface ExpectedField {
  selector: string;
  expected: string;
  kind: FieldKind;
  mustNotChange: boolean;
  source?: string | null;
  expectedText?: string;
  proxyOf?: string;
  note?: string;
}

export interface ExpectedFile {
  page: string;
  profile: string;
  settleMs?: number;
  fields: ExpectedField[];
}

export interface FieldReading {
  field: ExpectedField;
  actual: string;
  actualText?: string;
}

export async function readExpectedFields(page: Page, expected: ExpectedFile): Promise<FieldReading[]> {
  const readings: FieldReading[] = [];
  for (const field of expected.fields) {
    const element = await resolveField(page, field.selector);
    const reading = await element.evaluate((node, kind) => {
      const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
      if (kind === 'radio') {
        const checked = node.querySelector<HTMLInputElement>('input[type="radio"]:checked');
        if (!checked) return { value: '', text: '' };
        const label = checked.labels?.[0]?.textContent ?? checked.closest('label')?.textContent ?? '';
        return { value: checked.value, text: collapse(label) };
      }
      if (kind === 'select') {
        const select = node as HTMLSelectElement;
        return { value: select.value, text: collapse(select.selectedOptions[0]?.textContent ?? '') };
      }
      const value = (node as HTMLInputElement | HTMLTextAreaElement).value;
      return { value: kind === 'textarea' ? value.replace(/\r\n/g, '\n') : value, text: undefined };
    }, field.kind);
    readings.push({ field, actual: reading.value, actualText: reading.text });
  }
  return readings;
}
