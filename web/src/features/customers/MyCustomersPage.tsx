// The manager's own customers (/manager/customers).
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../shared/ui/Page';
import { CustomersTable } from './CustomersTable';

export default function MyCustomersPage() {
  const { t } = useI18n();
  return (
    <Page title={t.customers.myTitle}>
      <CustomersTable detailBase="/manager/customers" emptyList={t.customers.bookEmpty} />
    </Page>
  );
}
