// /kits/new and /kits/:id: loads the kit, then hands it to the builder. A new address (a kit just
// created, duplicated or made from a starter) starts a fresh builder.
import { useLocation, useParams } from 'react-router';
import { PageError, PageLoading } from '../../components/States';
import { useCan } from '../../lib/session';
import { useKit } from './api/get-kit';
import { KitBuilder } from './KitBuilder';

export function KitBuilderPage() {
  const { id } = useParams();
  const isNew = !id || id === 'new';
  const kit = useKit(isNew ? undefined : id);
  const can = useCan();
  const state = useLocation().state as { missing?: string[] } | null;

  if (isNew) return <KitBuilder canWrite={can('kit.write')} />;
  if (kit.isPending)
    return <PageLoading label="Loading the kit" />;
  if (kit.isError)
    return <PageError error={kit.error} onRetry={() => kit.refetch()} />;
  return <KitBuilder key={kit.data.id} kit={kit.data} canWrite={can('kit.write')} missing={state?.missing ?? []} />;
}
