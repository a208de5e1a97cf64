import { describe, expect, it } from 'vitest';
import { chooseParticles, ending } from './korean-particles';
import { translate } from './index';

describe('Korean particles', () => {
  it('reads how a name ends: Hangul by its 받침, digits as read, Latin as said', () => {
    expect(ending('노션')).toBe('consonant');
    expect(ending('메모')).toBe('vowel');
    expect(ending('이메일')).toBe('rieul');
    expect(ending('Notion')).toBe('consonant');
    expect(ending('Quick Capture')).toBe('vowel');
    expect(ending('Reading list')).toBe('vowel');
    expect(ending('Reading')).toBe('consonant');
    expect(ending('Email')).toBe('rieul');
    expect(ending('API')).toBe('vowel');
    expect(ending('CRM')).toBe('consonant');
    expect(ending('Team 7')).toBe('rieul');
    expect(ending('Notebook')).toBe('unknown');
    expect(ending('📚')).toBe('unknown');
    expect(ending('“Inbox”')).toBe('vowel');
  });

  it('picks each paired particle for the word before it, past a closing quote', () => {
    expect(chooseParticles('{x}', [])).toBe('{x}');
    expect(chooseParticles('Notion과(와) 공유', ['Notion'])).toBe('Notion과 공유');
    expect(chooseParticles('Demo과(와) 공유', ['Demo'])).toBe('Demo와 공유');
    expect(chooseParticles('“메모”을(를) 삭제', ['메모'])).toBe('“메모”를 삭제');
    expect(chooseParticles('“제목”이(가) 보이지', ['제목'])).toBe('“제목”이 보이지');
    expect(chooseParticles('이메일(으)로 연결', ['이메일'])).toBe('이메일로 연결');
    expect(chooseParticles('노션(으)로 연결', ['노션'])).toBe('노션으로 연결');
    expect(chooseParticles('Inbox은(는)', ['Inbox'])).toBe('Inbox는');
  });

  it('keeps the paired form where the ending is not known, and leaves other text alone', () => {
    expect(chooseParticles('Notebook을(를) 추가', ['Notebook'])).toBe('Notebook을(를) 추가');
    expect(chooseParticles('다른 것을(를)', ['Notion'])).toBe('다른 것을(를)');
    expect(chooseParticles('Shared with Notion (read)', ['Notion'])).toBe(
      'Shared with Notion (read)',
    );
  });

  it('is applied to every Korean message with a name in it', () => {
    // The test set-up translates from the catalogs, as the extension's pages do.
    expect(translate('ko', 'errNotSharedDetail', { integration: 'Quick Capture' })).toBe(
      'Quick Capture와 공유되지 않았거나 삭제되었습니다.',
    );
    expect(translate('ko', 'errNotSharedDetail', { integration: 'Notion 연결' })).toBe(
      'Notion 연결과 공유되지 않았거나 삭제되었습니다.',
    );
  });
});
