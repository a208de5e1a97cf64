import type { Message } from '../define';
import { defineMessages } from '../define';
import type { MissReason } from '../../highlights';
import type { HighlightProblemCode } from '../../highlights/problems';

// What a person reads about highlights: why one cannot be made (a Problem, each with a
// title, what happened and what to do) and why one could not be drawn again (one
// sentence beside it in the list). The type makes a missing sentence a compile error.
type Keys =
  `problem${HighlightProblemCode}${'Title' | 'Detail' | 'Action'}` | `highlightMiss_${MissReason}`;

export const highlightMessages = defineMessages({
  en: {
    problemHighlightEmptyTitle: 'Nothing is selected',
    problemHighlightEmptyDetail: 'The selection is empty or holds only spaces.',
    problemHighlightEmptyAction: 'Select the words you want to highlight, then try again.',
    problemHighlightInFieldTitle: 'Text in a form field cannot be highlighted',
    problemHighlightInFieldDetail: 'What is typed in a field is not part of the page’s text.',
    problemHighlightInFieldAction: 'Select text on the page itself, outside the field.',
    problemHighlightInDrawingTitle: 'Text inside a drawing cannot be highlighted',
    problemHighlightInDrawingDetail: 'Labels in an SVG drawing are not part of the page’s text.',
    problemHighlightInDrawingAction: 'Select text outside the drawing.',
    problemHighlightTooLongTitle: 'This selection is too long to highlight',
    problemHighlightTooLongDetail: 'A highlight holds at most {limit} characters.',
    problemHighlightTooLongAction:
      'Highlight a shorter passage, or save the selection to Notion instead.',
    problemHighlightPageChangedTitle: 'The page changed while you were selecting',
    problemHighlightPageChangedDetail: 'The text you selected was replaced by the page.',
    problemHighlightPageChangedAction: 'Select the passage again, then highlight it.',
    problemHighlightNotOnPageTitle: 'The selected text is not on this page',
    problemHighlightNotOnPageDetail:
      'It may be inside a frame of another site, or the page has changed since you selected it.',
    problemHighlightNotOnPageAction:
      'Select the passage again in the page itself, then highlight it.',
    problemHighlightRepeatedTitle: 'These words appear several times on this page',
    problemHighlightRepeatedDetail: 'Quick Capture cannot tell which of them you selected.',
    problemHighlightRepeatedAction:
      'Select a few more words around them, or select them again on the page.',
    problemHighlightLimitReachedTitle: 'This page has as many highlights as it can hold',
    problemHighlightLimitReachedDetail:
      'A page keeps at most {limit} highlights. Your highlights so far are all kept.',
    problemHighlightLimitReachedAction: 'Delete some of this page’s highlights to add new ones.',
    problemHighlightGoneTitle: 'This highlight no longer exists',
    problemHighlightGoneDetail: 'It was deleted in the meantime, perhaps in another window.',
    problemHighlightGoneAction: 'Look at the page’s highlights again in the popup.',
    highlightMiss_no_text:
      'This page shows no text yet, so its highlights cannot be drawn. Wait until it has loaded, then try again.',
    highlightMiss_not_found:
      'This passage is no longer on the page, or it changed too much to find. The highlight is kept in your list.',
    highlightMiss_ambiguous:
      'This passage now appears in several places and Quick Capture cannot tell which one you marked. The highlight is kept in your list.',
  } satisfies Record<Keys, Message>,
  ko: {
    problemHighlightEmptyTitle: '선택한 내용이 없습니다',
    problemHighlightEmptyDetail: '선택 영역이 비어 있거나 공백뿐입니다.',
    problemHighlightEmptyAction: '하이라이트할 단어를 선택한 뒤 다시 시도하세요.',
    problemHighlightInFieldTitle: '입력란 안의 텍스트는 하이라이트할 수 없습니다',
    problemHighlightInFieldDetail: '입력란에 입력된 내용은 페이지 본문이 아닙니다.',
    problemHighlightInFieldAction: '입력란 밖, 페이지 본문의 텍스트를 선택하세요.',
    problemHighlightInDrawingTitle: '그림 안의 텍스트는 하이라이트할 수 없습니다',
    problemHighlightInDrawingDetail: 'SVG 그림 안의 글자는 페이지 본문이 아닙니다.',
    problemHighlightInDrawingAction: '그림 밖의 텍스트를 선택하세요.',
    problemHighlightTooLongTitle: '선택한 내용이 너무 길어 하이라이트할 수 없습니다',
    problemHighlightTooLongDetail: '하이라이트 하나에는 {limit}자까지 담을 수 있습니다.',
    problemHighlightTooLongAction:
      '더 짧은 구절을 하이라이트하거나, 선택 영역을 Notion에 저장하세요.',
    problemHighlightPageChangedTitle: '선택하는 동안 페이지가 바뀌었습니다',
    problemHighlightPageChangedDetail: '선택한 텍스트를 페이지가 다른 내용으로 바꿨습니다.',
    problemHighlightPageChangedAction: '구절을 다시 선택한 뒤 하이라이트하세요.',
    problemHighlightNotOnPageTitle: '선택한 텍스트가 이 페이지에 없습니다',
    problemHighlightNotOnPageDetail:
      '다른 사이트의 프레임 안에 있거나, 선택한 뒤에 페이지가 바뀌었을 수 있습니다.',
    problemHighlightNotOnPageAction: '페이지 본문에서 구절을 다시 선택한 뒤 하이라이트하세요.',
    problemHighlightRepeatedTitle: '이 단어들은 페이지 여러 곳에 나옵니다',
    problemHighlightRepeatedDetail: 'Quick Capture가 어느 곳을 선택했는지 알 수 없습니다.',
    problemHighlightRepeatedAction: '앞뒤 단어를 조금 더 선택하거나, 페이지에서 다시 선택하세요.',
    problemHighlightLimitReachedTitle: '이 페이지에는 더 이상 하이라이트를 추가할 수 없습니다',
    problemHighlightLimitReachedDetail:
      '페이지 하나에 하이라이트를 {limit}개까지 보관합니다. 지금까지의 하이라이트는 모두 남아 있습니다.',
    problemHighlightLimitReachedAction:
      '새 하이라이트를 추가하려면 이 페이지의 하이라이트를 몇 개 삭제하세요.',
    problemHighlightGoneTitle: '이 하이라이트는 더 이상 없습니다',
    problemHighlightGoneDetail: '그 사이에 다른 창 등에서 삭제되었습니다.',
    problemHighlightGoneAction: '팝업에서 이 페이지의 하이라이트를 다시 확인하세요.',
    highlightMiss_no_text:
      '이 페이지에 아직 텍스트가 없어 하이라이트를 표시할 수 없습니다. 페이지가 다 열린 뒤 다시 시도하세요.',
    highlightMiss_not_found:
      '이 구절이 더 이상 페이지에 없거나 너무 많이 바뀌어 찾을 수 없습니다. 하이라이트는 목록에 그대로 남아 있습니다.',
    highlightMiss_ambiguous:
      '이 구절이 페이지 여러 곳에 나타나 어느 것을 표시했는지 알 수 없습니다. 하이라이트는 목록에 그대로 남아 있습니다.',
  },
});
