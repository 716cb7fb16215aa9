import { CustomersTable } from '../../components/CustomersTable';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/i18n';

export default function AdminCustomersPage() {
  const { t } = useI18n();
  return (
    <Page title={t.customers.title}>
      <CustomersTable detailBase="/admin/customers" showUnassigned showManager />
    </Page>
  );
}
