import { describe, expect, it } from 'vitest';
import { toChatEvent } from './chat-events.ts';

describe('toChatEvent', () => {
  it('types a known event whose data is a JSON object', () => {
    expect(toChatEvent('text', '{"step":1,"delta":"hi"}')).toEqual({
      type: 'text',
      data: { step: 1, delta: 'hi' },
    });
    expect(toChatEvent('tool-end', '{"callId":"c"}')).toEqual({ type: 'tool-end', data: { callId: 'c' } });
  });

  it('ignores event names a newer server might send', () => {
    expect(toChatEvent('message', '{}')).toBeUndefined();
    expect(toChatEvent('reasoning', '{"delta":"x"}')).toBeUndefined();
  });

  it('ignores data that is not JSON, or JSON that is not an object', () => {
    expect(toChatEvent('text', '{broken')).toBeUndefined();
    expect(toChatEvent('text', '')).toBeUndefined();
    expect(toChatEvent('text', 'null')).toBeUndefined();
    expect(toChatEvent('text', '"hi"')).toBeUndefined();
    expect(toChatEvent('text', '42')).toBeUndefined();
    // An array is an object to typeof, but its fields are not an event's.
    expect(toChatEvent('text', '[1,2]')).toBeUndefined();
  });
});
