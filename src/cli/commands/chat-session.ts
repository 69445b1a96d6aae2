import { readFile } from 'node:fs/promises';
import { type AgentEvent, type AgentResult, openingMessages, runAgent } from '../../agent/index.ts';
import { AtelierError, type ErrorCode } from '../../core/index.ts';
import { createModel } from '../../models/index.ts';
import { resolveHome, type Store } from '../../store/index.ts';
import { addUploadedImage, type ConversationImage, createConversationImages } from '../../tools/index.ts';
import { openAssistantServices } from '../assistant-services.ts';
import { printJson } from '../output.ts';
import type { ChatFlags } from './chat.ts';

function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Live progress on stderr, so stdout carries only the answer and can be piped. */
function printEvent(event: AgentEvent): void {
  if (event.type === 'tool-start') {
    process.stderr.write(`→ ${event.name} ${oneLine(event.arguments)}\n`);
  } else if (event.type === 'tool-end') {
    const mark = event.record.ok ? '←' : '✗';
    process.stderr.write(`${mark} ${event.record.name}: ${oneLine(event.record.resultText)}\n`);
  }
}

function imageLines(images: ConversationImage[], store: Store): string[] {
  return images.map((image) => `  ${image.name}: ${store.blobs.path(image.sha256)} (${image.origin.kind})`);
}

function summary(result: AgentResult, uploads: ConversationImage[], store: Store, label: string) {
  const produced = result.toolCalls.flatMap((call) => call.images);
  return {
    ok: result.stopReason === 'answered',
    model: label,
    answer: result.answer,
    stopReason: result.stopReason,
    steps: result.steps,
    traceId: result.traceId,
    usage: result.usage,
    toolCalls: result.toolCalls.map((call) => ({
      step: call.step,
      name: call.name,
      arguments: call.arguments,
      ok: call.ok,
      result: call.resultText,
      images: call.images.map((image) => ({ name: image.name, path: store.blobs.path(image.sha256) })),
    })),
    images: [...uploads, ...produced].map((image) => ({
      name: image.name,
      path: store.blobs.path(image.sha256),
      origin: image.origin,
    })),
    ...(result.error ? { error: result.error } : {}),
  };
}

export async function runChat(message: string, options: ChatFlags, signal: AbortSignal): Promise<void> {
  const home = resolveHome(options.home);
  const services = await openAssistantServices(home, options.generator);
  const { store, search, tools } = services;
  try {
    const model = await createModel(options.model, {
      store,
      cache: options.cache ? 'use' : 'off',
      ...(options.config ? { configPath: options.config } : {}),
    });
    const images = createConversationImages();
    const uploads: ConversationImage[] = [];
    for (const path of options.image) {
      const bytes = await readFile(path).catch((error: unknown) => {
        throw new AtelierError('SOURCE_NOT_FOUND', `cannot read the image ${path}`, {
          hint: 'Check the path given to --image.',
          cause: error,
        });
      });
      uploads.push(await addUploadedImage(images, store, bytes, { path }));
    }
    if (!search && !options.json) {
      process.stderr.write(
        `note: no catalog is indexed in ${home}, so search_catalog is unavailable (run "atelier index" or "atelier demo").\n`,
      );
    }
    const messages = await openingMessages(
      {
        text: message,
        images: uploads,
        tools: tools.map((tool) => tool.name),
        ...(options.board ? { board: options.board } : {}),
      },
      store.blobs,
    );
    if (!options.json) process.stderr.write(`model: ${model.label}\n`);
    const result = await runAgent({
      model,
      tools,
      messages,
      images,
      store,
      maxSteps: options.maxSteps,
      settings: {
        ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
      },
      signal,
      ...(options.json ? {} : { onEvent: printEvent }),
    });
    await model.close?.();
    if (options.json) {
      printJson(summary(result, uploads, store, model.label));
      if (result.stopReason !== 'answered') process.exitCode = 1;
      return;
    }
    process.stdout.write(`${result.answer}\n`);
    const shown = [...uploads, ...result.toolCalls.flatMap((call) => call.images)];
    if (shown.length > 0) process.stderr.write(`images:\n${imageLines(shown, store).join('\n')}\n`);
    process.stderr.write(
      `stop: ${result.stopReason} after ${result.steps} model call(s), ${result.toolCalls.length} tool call(s); trace ${result.traceId}\n`,
    );
    if (result.stopReason === 'model-error' || result.stopReason === 'interrupted') {
      throw new AtelierError(
        (result.error?.code as ErrorCode | undefined) ?? 'MODEL_REQUEST_FAILED',
        result.error?.message ?? 'the model call failed',
        {
          hint: `The trace ${result.traceId} holds what happened before the failure ("atelier trace ${result.traceId}").`,
        },
      );
    }
    if (result.stopReason === 'max-steps') process.exitCode = 1;
  } finally {
    await services.close();
  }
}
