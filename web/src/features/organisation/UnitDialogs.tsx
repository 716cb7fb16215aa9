// A head-office admin's form dialogs on a unit: add a sub-unit, rename, move under another unit.
import { useId, useState } from 'react';
import { ApiError, type Unit } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { FormDialog } from '../../shared/ui/FormDialog';
import { FormField } from '../../shared/ui/FormField';
import { Notice, useErrorText } from '../../shared/ui/States';
import { createUnit, updateUnit } from './api';
import { subtree, unitPath } from './tree';

interface DialogProps {
  unit: Unit;
  onCancel: () => void;
  /** Called with the success message once the server has made the change. */
  onDone: (message: string) => void;
}

type FieldErrors = { code?: string; name?: string };

/**
 * The server's answer for a unit form: the field it names (a taken code belongs to the code),
 * with `invalid_name` worded for a unit rather than a person; anything else is the form's.
 */
function useUnitErrors() {
  const { t } = useI18n();
  const errorText = useErrorText();
  return (e: unknown): { fields: FieldErrors; form: string | null } => {
    if (e instanceof ApiError) {
      if (e.field === 'code' || e.error === 'invalid_unit_code' || e.error === 'unit_code_taken') return { fields: { code: errorText(e) }, form: null };
      if (e.field === 'name' || e.error === 'invalid_name') return { fields: { name: e.error === 'invalid_name' ? t.organisation.nameInvalid : errorText(e) }, form: null };
    }
    return { fields: {}, form: errorText(e) };
  };
}

function NameField({ id, value, onChange, error }: { id: string; value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useI18n();
  return (
    <FormField id={id} label={t.organisation.name} error={error}>
      {(control) => <input {...control} className="input" maxLength={100} autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
}

/** A new unit (code and name) under `unit`. */
export function AddUnitDialog({ unit: parent, onCancel, onDone }: DialogProps) {
  const { t } = useI18n();
  const unitErrors = useUnitErrors();
  const ids = { code: useId(), name: useId() };
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const local: FieldErrors = {};
    if (!code.trim()) local.code = t.organisation.codeRequired;
    if (!name.trim()) local.name = t.organisation.nameRequired;
    setErrors(local);
    setFormError(null);
    if (local.code || local.name) {
      document.getElementById(local.code ? ids.code : ids.name)?.focus();
      return;
    }
    setBusy(true);
    try {
      const created = await createUnit({ code: code.trim(), name: name.trim(), parent_id: parent.id });
      onDone(t.organisation.created(created.name, parent.name));
    } catch (e) {
      setBusy(false);
      const { fields, form } = unitErrors(e);
      setErrors(fields);
      setFormError(form);
      if (fields.code || fields.name) document.getElementById(fields.code ? ids.code : ids.name)?.focus();
    }
  };

  return (
    <FormDialog open title={t.organisation.addTitle(parent.name)} submitLabel={t.organisation.create} busy={busy} onSubmit={() => void submit()} onCancel={onCancel}>
      {formError && <Notice kind="error">{formError}</Notice>}
      <FormField id={ids.code} label={t.organisation.code} hint={t.organisation.codeHint} error={errors.code}>
        {(control) => (
          <input
            {...control}
            className="input uppercase"
            maxLength={32}
            autoComplete="off"
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
      </FormField>
      <NameField id={ids.name} value={name} onChange={setName} error={errors.name} />
    </FormDialog>
  );
}

/** A new name for `unit`. */
export function RenameUnitDialog({ unit, onCancel, onDone }: DialogProps) {
  const { t } = useI18n();
  const unitErrors = useUnitErrors();
  const nameId = useId();
  const [name, setName] = useState(unit.name);
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setFormError(null);
    const next = name.trim();
    if (!next) {
      setError(t.organisation.nameRequired);
      document.getElementById(nameId)?.focus();
      return;
    }
    if (next === unit.name) {
      onCancel();
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const updated = await updateUnit(unit.id, { name: next });
      onDone(t.organisation.renamed(unit.name, updated.name));
    } catch (e) {
      setBusy(false);
      const { fields, form } = unitErrors(e);
      setError(fields.name ?? fields.code);
      setFormError(form);
      if (fields.name || fields.code) document.getElementById(nameId)?.focus();
    }
  };

  return (
    <FormDialog open title={t.organisation.renameTitle(unit.name)} submitLabel={t.common.save} busy={busy} onSubmit={() => void submit()} onCancel={onCancel}>
      {formError && <Notice kind="error">{formError}</Notice>}
      <NameField id={nameId} value={name} onChange={setName} error={error} />
    </FormDialog>
  );
}

/**
 * `unit` (with everything below it) under another open unit: the choice leaves out closed
 * units and the unit's own subtree, which the server would refuse (`unit_closed`, `unit_cycle`).
 */
export function MoveUnitDialog({ unit, units, onCancel, onDone }: DialogProps & { units: readonly Unit[] }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const selectId = useId();
  const below = subtree(units, unit.id);
  const options = units.filter((u) => !u.closed && !below.has(u.id));
  const [parentId, setParentId] = useState(() => String(options.find((u) => u.id === unit.parent_id)?.id ?? options[0]?.id ?? ''));
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setFormError(null);
    const target = options.find((u) => String(u.id) === parentId);
    if (!target || target.id === unit.parent_id) {
      setError(t.organisation.parentUnchanged);
      document.getElementById(selectId)?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await updateUnit(unit.id, { parent_id: target.id });
      onDone(t.organisation.moved(unit.name, target.name));
    } catch (e) {
      setBusy(false);
      setFormError(errorText(e));
    }
  };

  return (
    <FormDialog open title={t.organisation.moveTitle(unit.name)} submitLabel={t.organisation.move} busy={busy} onSubmit={() => void submit()} onCancel={onCancel}>
      {formError && <Notice kind="error">{formError}</Notice>}
      <FormField id={selectId} label={t.organisation.newParent} hint={options.length === 0 ? t.organisation.noParents : t.organisation.moveHint} error={error}>
        {(control) => (
          <select
            {...control}
            className="input"
            value={parentId}
            onChange={(e) => {
              setParentId(e.target.value);
              setError(undefined);
            }}
          >
            {options.map((u) => (
              <option key={u.id} value={u.id}>
                {t.organisation.option(unitPath(units, u), u.code) + (u.id === unit.parent_id ? t.organisation.current : '')}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </FormDialog>
  );
}
