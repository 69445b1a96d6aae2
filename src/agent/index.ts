export type {
  AgentEvent,
  AgentResult,
  ModelCallRecord,
  StopReason,
  ToolCallRecord,
} from './agent-result.ts';
export { assistantSystemPrompt, type OpeningOptions, openingMessages } from './opening-messages.ts';
export { type ReplayDifference, type ReplayOutcome, replayTrace } from './replay-trace.ts';
export { type RunAgentOptions, runAgent } from './run-agent.ts';
export {
  listTraces,
  readTrace,
  type Trace,
  type TraceEvent,
  type TraceRequest,
  type TraceSummary,
} from './trace-store.ts';
