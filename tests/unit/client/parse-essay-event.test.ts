import { describe, expect, it } from 'vitest';
import { parseEvent } from '@/components/annotation/use-essay-events';
import { note } from './annotation-view';

describe('parseEvent: one message of the live stream', () => {
  it('reads an annotation event', () => {
    const event = { id: '42', type: 'annotation.created', annotation: note({ id: 'a', body: 'hello' }) };
    expect(parseEvent(JSON.stringify(event))).toEqual(event);
  });

  it.each([
    { name: 'not JSON', data: 'keep-alive' },
    { name: 'JSON null', data: 'null' },
    { name: 'no type', data: JSON.stringify({ annotation: { id: 'a' } }) },
    { name: 'no annotation', data: JSON.stringify({ type: 'annotation.created' }) },
    { name: 'an annotation without an id', data: JSON.stringify({ type: 'annotation.created', annotation: { body: 'x' } }) },
  ])('ignores $name instead of breaking the stream', ({ data }) => {
    expect(parseEvent(data)).toBeNull();
  });
});
