import { describe, expect, it } from 'vitest';
import { CompletionAssembler, chunkSchema, completionSchema, mapCompletion } from './openai-response.ts';

function chunk(delta: Record<string, unknown>, finishReason: string | null = null) {
  return chunkSchema.parse({
    model: 'llava:13b',
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  });
}

describe('chat.completions answers', () => {
  it('keeps apart parallel calls that a server streams whole at index 0 (Ollama)', () => {
    const assembler = new CompletionAssembler();
    assembler.add(
      chunk({
        tool_calls: [
          { index: 0, id: 'call_a', function: { name: 'zoom', arguments: '{"image":"image-1"}' } },
        ],
      }),
    );
    assembler.add(
      chunk({
        tool_calls: [
          { index: 0, id: 'call_b', function: { name: 'search_catalog', arguments: '{"query":"hat"}' } },
        ],
      }),
    );
    // Ollama says "stop" even when it called tools.
    assembler.add(chunk({}, 'stop'));
    const answer = assembler.finish('fallback');
    expect(answer?.message.toolCalls).toEqual([
      { id: 'call_a', name: 'zoom', arguments: '{"image":"image-1"}' },
      { id: 'call_b', name: 'search_catalog', arguments: '{"query":"hat"}' },
    ]);
    expect(answer?.finishReason).toBe('tool_calls');
    expect(answer?.model).toBe('llava:13b');
  });

  it('continues one call when later deltas repeat its id (LM Studio) or leave the index out', () => {
    const assembler = new CompletionAssembler();
    assembler.add(
      chunk({ tool_calls: [{ index: 0, id: 'call_a', function: { name: 'zoom', arguments: '{"box":' } }] }),
    );
    assembler.add(chunk({ tool_calls: [{ index: 0, id: 'call_a', function: { arguments: '[1,2,3,4]}' } }] }));
    assembler.add(chunk({ tool_calls: [{ function: { arguments: '' } }] }, 'tool_calls'));
    expect(assembler.finish('fallback')?.message.toolCalls).toEqual([
      { id: 'call_a', name: 'zoom', arguments: '{"box":[1,2,3,4]}' },
    ]);
  });

  it('says there is no answer when the stream carried no choice', () => {
    const assembler = new CompletionAssembler();
    assembler.add(chunkSchema.parse({ choices: [], usage: { prompt_tokens: 3, completion_tokens: 0 } }));
    expect(assembler.finish('fallback')).toBeUndefined();
  });

  it('fills what compatible servers leave out and keeps object arguments as text', () => {
    const parsed = completionSchema.parse({
      choices: [
        {
          message: {
            content: null,
            tool_calls: [{ function: { name: 'zoom', arguments: { image: 'image-1' } } }],
          },
          finish_reason: 'eos',
        },
      ],
    });
    expect(mapCompletion(parsed, 'qwen')).toEqual({
      message: {
        role: 'assistant',
        content: '',
        toolCalls: [{ id: 'call_0', name: 'zoom', arguments: '{"image":"image-1"}' }],
      },
      finishReason: 'other',
      usage: { inputTokens: 0, outputTokens: 0 },
      model: 'qwen',
    });
  });
});
