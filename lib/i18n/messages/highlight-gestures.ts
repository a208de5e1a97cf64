import type { Message } from '../define';
import { defineMessages } from '../define';
import type { HighlightColor } from '../../highlights';

// Making a highlight and keeping it in Notion: the context menu with its colours, the
// shortcut's name, and what a person reads about the page's highlights in Notion.
type Keys =
  | 'menuHighlight'
  | `highlightColor_${Exclude<HighlightColor, 'default'>}`
  | 'commandHighlightSelection'
  | 'optShortcutsHighlight'
  | 'highlightsUnsupported'
  | 'highlightsSyncPending';

export const highlightGestureMessages = defineMessages({
  en: {
    menuHighlight: 'Highlight',
    highlightColor_yellow: 'Yellow',
    highlightColor_green: 'Green',
    highlightColor_blue: 'Blue',
    highlightColor_pink: 'Pink',
    highlightColor_purple: 'Purple',
    highlightColor_orange: 'Orange',
    highlightColor_red: 'Red',
    highlightColor_brown: 'Brown',
    highlightColor_gray: 'Gray',
    commandHighlightSelection: 'Highlight the selected text (in the colour used last)',
    optShortcutsHighlight:
      'Highlighting the selection has no shortcut of its own until you give it one: the browser has few keys left to suggest. Assign it below, and it highlights in the colour you used last.',
    highlightsUnsupported:
      'This browser cannot draw highlights on a page (it lacks the CSS Custom Highlight API). Your highlights are kept and saved to Notion; update the browser to see them on the page.',
    highlightsSyncPending: {
      one: 'Not in Notion yet: 1 change is waiting to be saved.',
      other: 'Not in Notion yet: {count} changes are waiting to be saved.',
    },
  } satisfies Record<Keys, Message>,
  ko: {
    menuHighlight: '하이라이트',
    highlightColor_yellow: '노랑',
    highlightColor_green: '초록',
    highlightColor_blue: '파랑',
    highlightColor_pink: '분홍',
    highlightColor_purple: '보라',
    highlightColor_orange: '주황',
    highlightColor_red: '빨강',
    highlightColor_brown: '갈색',
    highlightColor_gray: '회색',
    commandHighlightSelection: '선택한 텍스트를 하이라이트 (마지막으로 쓴 색)',
    optShortcutsHighlight:
      '선택한 텍스트 하이라이트에는 직접 지정하기 전까지 단축키가 없습니다. 브라우저가 제안할 수 있는 키가 거의 남아 있지 않기 때문입니다. 아래에서 지정하면 마지막으로 쓴 색으로 하이라이트합니다.',
    highlightsUnsupported:
      '이 브라우저는 페이지에 하이라이트를 표시할 수 없습니다(CSS Custom Highlight API 미지원). 하이라이트는 보관되고 Notion에도 저장됩니다. 페이지에서 보려면 브라우저를 업데이트하세요.',
    highlightsSyncPending: {
      one: '아직 Notion에 반영되지 않았습니다. 변경 1건이 저장을 기다립니다.',
      other: '아직 Notion에 반영되지 않았습니다. 변경 {count}건이 저장을 기다립니다.',
    },
  },
});
