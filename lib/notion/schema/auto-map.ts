/**
 * Which property each capture field fills, guessed from the properties' types and names
 * (English and Korean), so that a pasted database works without a settings page. Each
 * property receives at most one field.
 */
import type { CaptureField, PropertyMapping } from '../types';
import type { CachedSchema } from '../../storage';
import { FIELD_TYPES } from './capture-fields';
import { propertiesOf, type SchemaProperty } from './schema-properties';

export { FIELD_TYPES };

interface Rule {
  field: CaptureField;
  /** Property types the field can fill, best first. */
  types: readonly SchemaProperty['type'][];
  /** Words of a property name that suggest the field; none means any name will do. */
  names?: readonly string[];
  /** Words that rule a property out even when its name also matches (a "Due date"). */
  avoid?: readonly string[];
}

/** A list of name words, written as one string to keep the rules readable. */
const w = (text: string): string[] => text.split(' ');

const NOTE_WORDS = 'notes note memo 메모 노트';

// Order matters: earlier rules pick first (the page address before the site, a date
// named "Published" for publishedAt before "Date" takes it for the capture time…).
const RULES: readonly Rule[] = [
  { field: 'title', types: ['title'] },
  { field: 'url', types: ['url'], names: w('url link source address href 링크 주소 url주소 출처') },
  { field: 'url', types: ['url'] },
  {
    field: 'publishedAt',
    types: ['date'],
    names: w('published publication pubdate posted 발행 게시 출판'),
  },
  {
    field: 'capturedAt',
    types: ['date'],
    names: w('saved captured clipped added created date when 저장 추가 생성 날짜 일자'),
    avoid: w('due deadline start end until reminder 마감 시작 종료 기한'),
  },
  {
    field: 'tags',
    types: ['multi_select'],
    names: w('tags tag labels label topics keywords 태그 라벨 키워드 주제'),
  },
  { field: 'captureType', types: ['select'], names: w('type kind format 유형 종류 형식') },
  {
    field: 'excerpt',
    types: ['rich_text'],
    names: w(
      'excerpt description summary abstract highlight quote selection snippet 요약 발췌 설명 인용 하이라이트',
    ),
  },
  // No excerpt-named property: a "Notes" property receives the excerpt or selection.
  { field: 'excerpt', types: ['rich_text'], names: w(NOTE_WORDS) },
  {
    field: 'notes',
    types: ['rich_text'],
    names: w(`${NOTE_WORDS} comment comments remarks 비고 코멘트`),
  },
  {
    field: 'site',
    types: ['rich_text', 'select'],
    names: w('site website domain publisher source publication 사이트 웹사이트 출처 매체'),
  },
  {
    field: 'author',
    types: ['rich_text', 'select', 'multi_select'],
    names: w('author authors byline creator writer by 저자 작성자 글쓴이 지은이'),
  },
  {
    field: 'image',
    types: ['files', 'url'],
    names: w('image cover thumbnail picture photo 이미지 사진 썸네일 표지'),
  },
  {
    field: 'screenshot',
    types: ['files'],
    names: w('screenshot capture snapshot 스크린샷 캡처 화면'),
  },
  { field: 'screenshot', types: ['files'] },
];

function words(name: string): string[] {
  return name
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** How well a property's name suggests a rule: 3 exact, 2 a word of it, 0 not at all. */
function nameScore(property: SchemaProperty, names: readonly string[]): number {
  const lower = property.name.toLocaleLowerCase().trim();
  const compact = lower.replace(/[^\p{L}\p{N}]+/gu, '');
  if (names.includes(lower) || names.includes(compact)) return 3;
  const ws = words(property.name);
  if (ws.some((w) => names.includes(w))) return 2;
  // Korean names run words together ("저장일", "작성자명"): look for the word inside.
  if (names.some((n) => /[^a-z]/.test(n) && compact.includes(n))) return 2;
  return 0;
}

/** Guesses a mapping for every capture field that fits a property (null: none fits). */
export function autoMap(schema: CachedSchema): PropertyMapping {
  const mapping: PropertyMapping = {};
  const used = new Set<string>();
  const properties = propertiesOf(schema);
  for (const rule of RULES) {
    if (mapping[rule.field]) continue;
    let best: { property: SchemaProperty; score: number } | null = null;
    for (const [rank, type] of rule.types.entries()) {
      for (const property of properties) {
        if (property.type !== type || used.has(property.id)) continue;
        if (rule.avoid && nameScore(property, rule.avoid) > 0) continue;
        const score = rule.names ? nameScore(property, rule.names) * 10 - rank : 1 - rank;
        if (score > 0 && (!best || score > best.score)) best = { property, score };
      }
    }
    if (best) {
      mapping[rule.field] = best.property.id;
      used.add(best.property.id);
    }
  }
  for (const rule of RULES) mapping[rule.field] ??= null;
  return mapping;
}
