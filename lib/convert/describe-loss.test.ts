import { describe, expect, it } from 'vitest';
import { describeLoss } from './describe-loss';
import { convertHtml } from './testing/dom';

describe('describeLoss', () => {
  const report = {
    items: [
      { kind: 'table_span_flattened', count: 2 },
      { kind: 'svg_dropped', count: 1 },
    ],
  };

  it('says what was lost in English', () => {
    expect(describeLoss(report, 'en')).toBe('2 tables flattened, 1 inline SVG dropped.');
  });

  it('says it in Korean', () => {
    expect(describeLoss(report, 'ko')).toBe('표 2개 평탄화, 인라인 SVG 1개 제외.');
  });

  it('says nothing was lost for an empty report and counts unknown kinds as other', () => {
    expect(describeLoss({ items: [] }, 'en')).toBe('Everything was kept.');
    expect(describeLoss({ items: [{ kind: 'from_the_future', count: 3 }] }, 'en')).toBe(
      '3 other changes.',
    );
  });

  it('describes a real conversion', () => {
    const { report: real } = convertHtml('<h5>Minor</h5><svg></svg><svg></svg>');
    expect(describeLoss(real, 'en')).toBe(
      '1 small heading shown as bold text, 2 inline SVGs dropped.',
    );
  });
});
