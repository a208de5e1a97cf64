import { describe, expect, it } from 'vitest';
import { ProtocolError, type CaptureStatusView } from '@/lib/messaging';
import { UNANSWERED_LIMIT, followCapture } from './follow-capture';

const view = (status: CaptureStatusView['status']): CaptureStatusView => ({
  status,
  pageUrl: status === 'saved' ? 'https://www.notion.so/abc' : null,
  failure: null,
  targetTitle: 'Reading list',
  wait: null,
  remedy: null,
  undoable: false,
});

const unanswered = () => ({ title: 'unreachable', detail: '', action: '' });

function follow(answers: Array<CaptureStatusView | Error>, show = () => true) {
  const shown: string[] = [];
  let asked = 0;
  const result = followCapture(
    'job',
    {
      ask: async () => {
        const answer = answers[Math.min(asked++, answers.length - 1)]!;
        if (answer instanceof Error) throw answer;
        return answer;
      },
      show: (v) => {
        shown.push(v.status);
        return show();
      },
      pause: async () => undefined,
    },
    unanswered,
  );
  return { result, shown, asked: () => asked };
}

describe('followCapture', () => {
  it('shows each step until the capture is done', async () => {
    const f = follow([view('queued'), view('saving'), view('saved'), view('queued')]);
    expect(await f.result).toBeNull();
    expect(f.shown).toEqual(['queued', 'saving', 'saved']);
  });

  it('asks again when the background did not answer, without telling the person', async () => {
    const lost = new Error('Could not establish connection. Receiving end does not exist.');
    const f = follow([view('saving'), lost, lost, view('saved')]);
    expect(await f.result).toBeNull();
    expect(f.shown).toEqual(['saving', 'saved']);
  });

  it('says so when the background stays silent', async () => {
    const f = follow([new Error('gone quiet')]);
    expect(await f.result).toEqual(unanswered());
    expect(f.asked()).toBe(UNANSWERED_LIMIT);
  });

  it('passes on the background’s own sentence at once', async () => {
    const sentence = { title: 'This capture is no longer waiting', detail: '', action: '' };
    const f = follow([new ProtocolError(sentence)]);
    expect(await f.result).toEqual(sentence);
    expect(f.asked()).toBe(1);
  });

  it('stops when the popup moved on', async () => {
    const f = follow([view('queued'), view('saved')], () => false);
    expect(await f.result).toBeNull();
    expect(f.shown).toEqual(['queued']);
  });

  it('keeps asking about a failure while the connection doctor looks into it', async () => {
    const failed = view('needs_attention');
    const looking = { ...failed, diagnosis: { pending: true, problems: [] } };
    const found = { ...failed, diagnosis: { pending: false, problems: [] } };
    const { result, shown, asked } = follow([looking, looking, found, view('saved')]);
    expect(await result).toBeNull();
    expect(shown).toEqual(['needs_attention', 'needs_attention', 'needs_attention']);
    expect(asked()).toBe(3);
  });
});
