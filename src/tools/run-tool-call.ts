import type { z } from 'zod';
import { type ErrorCode, isAtelierError, type ToolCall } from '../core/index.ts';
import type { Tool, ToolCallContext, ToolResult } from './tool.ts';

export interface ToolCallError {
  code: Extract<ErrorCode, 'TOOL_UNKNOWN' | 'TOOL_ARGUMENTS_INVALID' | 'TOOL_FAILED'>;
  /** Written for the model that made the call: what was wrong and what to send instead. */
  message: string;
}

export type ToolCallOutcome = { ok: true; result: ToolResult } | { ok: false; error: ToolCallError };

const EXCERPT_LENGTH = 80;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}

/** The argument names a tool takes, for a model that sent something unreadable. */
function expectedFields(tool: Tool): string {
  const shape = (tool.inputSchema as { shape?: unknown }).shape;
  const fields = shape !== null && typeof shape === 'object' ? Object.keys(shape) : [];
  return fields.length > 0 ? `one JSON object with the fields ${fields.join(', ')}` : 'one JSON object';
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(arguments)'}: ${issue.message}`)
    .join('; ');
}

function failure(code: ToolCallError['code'], message: string): ToolCallOutcome {
  return { ok: false, error: { code, message } };
}

function thrownMessage(error: unknown): string {
  if (isAtelierError(error)) return error.hint ? `${error.message}. ${error.hint}` : error.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs one tool call a model asked for and never throws: an unknown tool, arguments that are not
 * JSON or do not fit the schema, and a tool that fails all come back as an error the agent hands to
 * the model, which can then correct itself. The checks run in that order, so the message names the
 * first thing to fix.
 */
export async function runToolCall(
  tools: readonly Tool[],
  call: ToolCall,
  context: ToolCallContext,
): Promise<ToolCallOutcome> {
  const tool = tools.find((candidate) => candidate.name === call.name);
  if (!tool) {
    const available = tools.map((candidate) => candidate.name).join(', ') || 'none';
    return failure('TOOL_UNKNOWN', `there is no tool called "${call.name}"; the tools are: ${available}`);
  }
  let value: unknown;
  // Some servers send an empty string for a call without arguments.
  const text = call.arguments.trim() === '' ? '{}' : call.arguments;
  try {
    value = JSON.parse(text);
  } catch {
    return failure(
      'TOOL_ARGUMENTS_INVALID',
      `the arguments of ${tool.name} are not valid JSON ("${excerpt(call.arguments)}"); send ${expectedFields(tool)}`,
    );
  }
  const parsed = tool.inputSchema.safeParse(value);
  if (!parsed.success) {
    return failure(
      'TOOL_ARGUMENTS_INVALID',
      `the arguments of ${tool.name} do not fit its schema: ${describeIssues(parsed.error.issues)}`,
    );
  }
  try {
    return { ok: true, result: await tool.execute(parsed.data, context) };
  } catch (error) {
    // A tool may itself find an argument unusable only when it looks (a box outside the image).
    const code =
      isAtelierError(error) && error.code === 'TOOL_ARGUMENTS_INVALID' ? error.code : 'TOOL_FAILED';
    return failure(code, `${tool.name} failed: ${thrownMessage(error)}`);
  }
}
