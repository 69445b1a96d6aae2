import { useApi } from '../api/use-api.ts';
import { ErrorBanner } from '../components/error-banner.tsx';
import { Loading } from '../components/loading.tsx';
import { OutcomeBadge } from './outcome-badge.tsx';
import { RunAnswer } from './run-answer.tsx';
import type { CompareRun, SampleDetail } from './run-types.ts';
import { SampleFacts } from './sample-facts.tsx';
import { SampleImages } from './sample-images.tsx';
import { SampleQuestion } from './sample-question.tsx';
import { ViewerPanel } from './viewer-panel.tsx';

interface CompareSampleViewerProps {
  a: CompareRun | undefined;
  b: CompareRun | undefined;
  runA: string;
  runB: string;
  sampleId: string;
  onPrevious: (() => void) | undefined;
  onNext: (() => void) | undefined;
  onClose: () => void;
}

const samplePath = (run: string, sample: string) =>
  `/api/runs/${encodeURIComponent(run)}/samples/${encodeURIComponent(sample)}`;

/** One sample as both runs answered it: the image and question once, the two answers side by side. */
export function CompareSampleViewer({
  a,
  b,
  runA,
  runB,
  sampleId,
  onPrevious,
  onNext,
  onClose,
}: CompareSampleViewerProps) {
  const first = useApi<SampleDetail>(samplePath(runA, sampleId));
  const second = useApi<SampleDetail>(samplePath(runB, sampleId));
  const left = first.data;
  const right = second.data;
  const fresh = left?.id === sampleId && right?.id === sampleId;
  const error = first.error ?? second.error;
  return (
    <ViewerPanel
      sampleKey={sampleId}
      title={
        <>
          <span className="mono">{sampleId}</span>
          {fresh && left ? (
            <span className="side-outcome">
              <span className="side-tag side-a">A</span>
              <OutcomeBadge status={left.status} outcome={left.outcome} />
            </span>
          ) : null}
          {fresh && right ? (
            <span className="side-outcome">
              <span className="side-tag side-b">B</span>
              <OutcomeBadge status={right.status} outcome={right.outcome} />
            </span>
          ) : null}
        </>
      }
      onPrevious={onPrevious}
      onNext={onNext}
      onClose={onClose}
    >
      {error ? (
        <ErrorBanner
          error={error}
          onRetry={() => {
            first.reload();
            second.reload();
          }}
        />
      ) : null}
      {(!left || !right) && !error ? <Loading label="Loading the sample from both runs" /> : null}
      {left && right ? (
        <div className={fresh ? '' : 'is-stale'}>
          <SampleImages
            key={left.id}
            images={left.sample.images}
            boxes={left.sample.boxes ?? []}
            toolCalls={[...(left.output?.toolCalls ?? []), ...(right.output?.toolCalls ?? [])]}
          />
          <SampleQuestion
            question={left.sample.question}
            choices={left.sample.choices}
            answer={left.sample.answer}
            aliases={left.sample.aliases}
            picks={[
              { label: 'A', extracted: left.extracted },
              { label: 'B', extracted: right.extracted },
            ]}
          />
          <div className="compare-answers">
            <RunAnswer detail={left} heading={`A · ${a?.modelLabel ?? runA}`} />
            <RunAnswer detail={right} heading={`B · ${b?.modelLabel ?? runB}`} />
          </div>
          <SampleFacts detail={left} />
        </div>
      ) : null}
    </ViewerPanel>
  );
}
