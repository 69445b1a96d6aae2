import { useApi } from '../api/use-api.ts';
import { ErrorBanner } from '../components/error-banner.tsx';
import { Loading } from '../components/loading.tsx';
import type { OutcomeFilter } from './outcome.ts';
import { OutcomeBadge } from './outcome-badge.tsx';
import { RunAnswer } from './run-answer.tsx';
import type { SampleDetail } from './run-types.ts';
import { SampleFacts } from './sample-facts.tsx';
import { SampleImages } from './sample-images.tsx';
import { SampleQuestion } from './sample-question.tsx';
import { ViewerPanel } from './viewer-panel.tsx';

interface RunSampleViewerProps {
  runId: string;
  sampleId: string;
  outcome: OutcomeFilter | undefined;
  text: string;
  onOpen: (sampleId: string) => void;
  onClose: () => void;
}

/**
 * One sample of a run in full. Previous and next come from the server, within the list's filter,
 * so j/k walks the wrong answers of a 100,000-sample run without the list being in memory.
 */
export function RunSampleViewer({ runId, sampleId, outcome, text, onOpen, onClose }: RunSampleViewerProps) {
  const detail = useApi<SampleDetail>(
    `/api/runs/${encodeURIComponent(runId)}/samples/${encodeURIComponent(sampleId)}`,
    { outcome, q: text },
  );
  // The last sample stays on screen (dimmed) until the next arrives: no blank flash between samples.
  const shown = detail.data;
  const fresh = shown?.id === sampleId ? shown : undefined;
  const previous = fresh?.previous;
  const next = fresh?.next;
  return (
    <ViewerPanel
      sampleKey={sampleId}
      title={
        <>
          <span className="mono">{sampleId}</span>
          {fresh ? <OutcomeBadge status={fresh.status} outcome={fresh.outcome} /> : null}
          {detail.loading && shown ? <span className="spinner" aria-hidden="true" /> : null}
        </>
      }
      onPrevious={previous ? () => onOpen(previous) : undefined}
      onNext={next ? () => onOpen(next) : undefined}
      onClose={onClose}
    >
      {detail.error ? <ErrorBanner error={detail.error} onRetry={detail.reload} /> : null}
      {!shown && !detail.error ? <Loading label="Loading the sample" /> : null}
      {shown ? (
        <div className={fresh ? '' : 'is-stale'}>
          <SampleImages
            key={shown.id}
            images={shown.sample.images}
            boxes={shown.sample.boxes ?? []}
            toolCalls={shown.output?.toolCalls ?? []}
          />
          <SampleQuestion
            question={shown.sample.question}
            choices={shown.sample.choices}
            answer={shown.sample.answer}
            aliases={shown.sample.aliases}
            picks={[{ label: 'model', extracted: shown.extracted }]}
          />
          <RunAnswer detail={shown} />
          <SampleFacts detail={shown} />
        </div>
      ) : null}
    </ViewerPanel>
  );
}
