import { readTrace, replayTrace, type Trace } from '../../agent/index.ts';
import { openStore, resolveHome } from '../../store/index.ts';
import { openAssistantServices } from '../assistant-services.ts';
import { type GlobalOptions, printJson } from '../output.ts';

function describe(trace: Trace): string {
  const lines = [
    `${trace.id}  ${trace.model} (${trace.modelKind})  ${trace.stopReason ?? trace.status}`,
    `  ${trace.steps} model call(s), ${trace.inputTokens} + ${trace.outputTokens} tokens, ${Math.round(trace.latencyMs)} ms`,
  ];
  for (const event of trace.events) {
    const payload = event.payload;
    if (event.kind === 'model') {
      const message = payload.message as { content?: string; toolCalls?: { name: string }[] } | undefined;
      const calls = message?.toolCalls?.map((call) => call.name).join(', ');
      lines.push(
        payload.ok
          ? `  step ${event.step} model: ${message?.content ? JSON.stringify(message.content.slice(0, 120)) : ''}${calls ? ` calls ${calls}` : ''}`
          : `  step ${event.step} model failed: ${JSON.stringify(payload.error)}`,
      );
    } else {
      lines.push(`  step ${event.step} ${payload.name} ${payload.arguments}`);
      lines.push(`    ${payload.ok ? '←' : '✗'} ${String(payload.resultText).split('\n')[0]}`);
    }
  }
  if (trace.answer) lines.push(`answer: ${trace.answer}`);
  if (trace.error) lines.push(`error: ${trace.error}`);
  return lines.join('\n');
}

export async function showTrace(
  id: string,
  options: GlobalOptions & { replay?: boolean; generator?: string; home?: string },
  signal: AbortSignal,
): Promise<void> {
  const home = resolveHome(options.home);
  if (!options.replay) {
    const store = await openStore(home);
    try {
      const trace = readTrace(store, id);
      if (options.json) printJson(trace);
      else process.stdout.write(`${describe(trace)}\n`);
    } finally {
      await store.close();
    }
    return;
  }
  const services = await openAssistantServices(home, options.generator);
  try {
    const outcome = await replayTrace(services.store, id, services.tools, { signal });
    if (options.json) {
      printJson({
        id,
        same: outcome.differences.length === 0,
        differences: outcome.differences,
        answer: outcome.result.answer,
        stopReason: outcome.result.stopReason,
      });
    } else {
      const verdict =
        outcome.differences.length === 0
          ? `replayed ${outcome.result.toolCalls.length} tool call(s): every result is the same as recorded`
          : `replayed ${outcome.result.toolCalls.length} tool call(s): ${outcome.differences.length} difference(s)`;
      const lines = [verdict];
      for (const difference of outcome.differences) {
        lines.push(
          `  step ${difference.step} ${difference.name} ${difference.field}: recorded ${JSON.stringify(difference.recorded).slice(0, 120)}, now ${JSON.stringify(difference.replayed).slice(0, 120)}`,
        );
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    if (outcome.differences.length > 0) process.exitCode = 1;
  } finally {
    await services.close();
  }
}
