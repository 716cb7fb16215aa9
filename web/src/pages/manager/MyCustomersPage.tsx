import { CustomersTable } from '../../components/CustomersTable';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/i18n';

export default function MyCustomersPage() {
  const { t } = useI18n();
  return (
    <Page title={t.customers.myTitle}>
      <CustomersTable detailBase="/manager/customers" />
    </Page>
  );
}
