/** The fields of one enterprise with their labels and validation messages. */
import { type MessageKey, t } from '@/utils/i18n';
import { ENTERPRISE_FIELD_MAX_LENGTHS } from '@/utils/messages/admin-protocol';
import {
  ENTERPRISE_TEXT_FIELDS,
  type EnterpriseFields,
  type EnterpriseTextField,
  type FieldErrors,
} from '@/utils/validation/enterprise';
import { TextField } from './TextField';

/** Lines of the exporter box: the name on the first, the address on the second. */
const EXPORTER_ROWS = 2;

export function fieldLabelKey(field: EnterpriseTextField | 'enterpriseId'): MessageKey {
  return `admin_field_${field}` as MessageKey;
}

export interface EnterpriseFormProps {
  fields: EnterpriseFields;
  /** The platform's enterprise id, shown read-only. */
  enterpriseId: number | null;
  /** Message keys of the invalid fields. */
  errors: FieldErrors<EnterpriseTextField>;
  onChange: (field: EnterpriseTextField, value: string) => void;
}

export function EnterpriseForm({ fields, enterpriseId, errors, onChange }: EnterpriseFormProps) {
  return (
    <div class="enterprise-fields">
      <TextField
        id="admin-enterpriseId"
        label={t(fieldLabelKey('enterpriseId'))}
        value={enterpriseId === null ? '' : String(enterpriseId)}
        readOnly
      />
      {ENTERPRISE_TEXT_FIELDS.map((field) => {
        const problem = errors[field];
        return (
          <TextField
            key={field}
            id={`admin-${field}`}
            label={t(fieldLabelKey(field))}
            value={fields[field]}
            maxLength={ENTERPRISE_FIELD_MAX_LENGTHS[field]}
            rows={field === 'exporter' ? EXPORTER_ROWS : undefined}
            error={problem === undefined ? undefined : t(problem)}
            onInput={(value) => onChange(field, value)}
          />
        );
      })}
    </div>
  );
}
