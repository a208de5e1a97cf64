/**
 * Korean particles chosen for the word they follow. A Korean message cannot know the name
 * it will hold (an integration, a database, a tag), so the catalogs write the particle in
 * both forms, as Korean software conventionally does when it must — `{name}을(를)`,
 * `{name}과(와)` — and this picks the one the name takes: `을`/`과`/`이`/`은`/`으로` after a
 * final consonant (받침), `를`/`와`/`가`/`는`/`로` after a vowel, and `로` after a final ㄹ.
 * The name's last letter decides: a Hangul syllable by its 받침, a digit by how it is
 * read, a Latin letter by how a Korean speaker says the name's end. Where that is not
 * known (a symbol, an emoji), the paired form stays, which is always correct. Pure.
 */

/** Each paired form, with its form after a final consonant and after a vowel. */
const PAIRS: ReadonlyArray<{ paired: string; consonant: string; vowel: string }> = [
  { paired: '을(를)', consonant: '을', vowel: '를' },
  { paired: '과(와)', consonant: '과', vowel: '와' },
  { paired: '이(가)', consonant: '이', vowel: '가' },
  { paired: '은(는)', consonant: '은', vowel: '는' },
  { paired: '(으)로', consonant: '으로', vowel: '로' },
];

type Ending = 'consonant' | 'vowel' | 'rieul' | 'unknown';

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const RIEUL_FINAL = 8;

// 영 일 이 삼 사 오 육 칠 팔 구: 일, 칠, 팔 end in ㄹ.
const DIGITS: Record<string, Ending> = {
  '0': 'consonant',
  '1': 'rieul',
  '2': 'vowel',
  '3': 'consonant',
  '4': 'vowel',
  '5': 'vowel',
  '6': 'consonant',
  '7': 'rieul',
  '8': 'rieul',
  '9': 'vowel',
};

// A Latin word as Korean reads it aloud: m and n are ㅁ and ㄴ, -ng is ㅇ, b/p/c end
// loanwords on a consonant (웹, 앱, 토픽), l is ㄹ (이메일); t, d, g, s, x, f, r end on a
// vowel (리스트, 워드, 블로그, 노트, 박스, 피디에프, 리더), as do the vowels. k, j, q, v, z go
// either way (북 / 링크): unknown.
const LATIN: Record<string, Ending> = {
  b: 'consonant',
  c: 'consonant',
  m: 'consonant',
  n: 'consonant',
  p: 'consonant',
  l: 'rieul',
};
const LATIN_UNKNOWN = new Set(['k', 'j', 'q', 'v', 'z']);

// An acronym is read letter by letter: of the letters' names only L (엘), M (엠), N (엔)
// and R (알) end on a consonant.
const LETTER_NAMES: Record<string, Ending> = {
  L: 'rieul',
  M: 'consonant',
  N: 'consonant',
  R: 'rieul',
};

function latinEnding(word: string): Ending {
  if (/^[A-Z]{1,5}$/.test(word)) return LETTER_NAMES[word.at(-1)!] ?? 'vowel';
  const lower = word.toLowerCase();
  if (lower.endsWith('ng')) return 'consonant';
  const last = lower.at(-1)!;
  if (LATIN_UNKNOWN.has(last)) return 'unknown';
  return LATIN[last] ?? 'vowel';
}

/** How the word in `text` ends, read by its last letter or digit. */
export function ending(text: string): Ending {
  const trimmed = text.replace(/[\s\p{P}\p{S}]+$/u, '');
  const last = trimmed.at(-1);
  if (!last) return 'unknown';
  const code = last.charCodeAt(0);
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) {
    const final = (code - HANGUL_FIRST) % 28;
    if (final === 0) return 'vowel';
    return final === RIEUL_FINAL ? 'rieul' : 'consonant';
  }
  if (last in DIGITS) return DIGITS[last]!;
  const word = /[A-Za-z]+$/.exec(trimmed)?.[0];
  return word ? latinEnding(word) : 'unknown';
}

/** The form of `pair` after a word ending as `end`, or the paired form when unknown. */
function formFor(pair: (typeof PAIRS)[number], end: Ending): string {
  if (end === 'unknown') return pair.paired;
  if (end === 'vowel') return pair.vowel;
  // After ㄹ, (으)로 is 로; every other particle takes its consonant form.
  if (end === 'rieul' && pair.paired === '(으)로') return pair.vowel;
  return pair.consonant;
}

const QUOTE_CLOSE = '[”’"\')]?';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `text` with every paired particle right after one of `words` (or after its closing
 * quote) replaced by the form that word takes.
 */
export function chooseParticles(text: string, words: readonly string[]): string {
  let out = text;
  const distinct = [...new Set(words.filter((w) => w.trim() !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  for (const word of distinct) {
    const end = ending(word);
    for (const pair of PAIRS) {
      const pattern = new RegExp(`(${escape(word)}${QUOTE_CLOSE})${escape(pair.paired)}`, 'g');
      out = out.replace(pattern, (_whole, before: string) => before + formFor(pair, end));
    }
  }
  return out;
}
