// The admin's runs page (/admin/runs): start a run, then the run history.
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../shared/ui/Page';
import { RunHistory } from './RunHistory';
import { StartRunForm } from './StartRunForm';

export default function RunsPage() {
  const { t } = useI18n();
  return (
    <Page title={t.runs.title}>
      <StartRunForm />
      <RunHistory />
    </Page>
  );
}
