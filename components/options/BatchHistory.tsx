import { BatchReport } from '@/components/batch/BatchReport';
import { useBatches } from '@/components/batch/use-batches';

/** The tabs saved together, newest first, each with its progress and the tabs not saved. */
export function BatchHistory() {
  const views = useBatches();
  if (!views || views.length === 0) return null;
  return (
    <div className="batch-history">
      {views.map((view) => (
        <BatchReport key={view.batch.id} view={view} headingLevel={3} />
      ))}
    </div>
  );
}
