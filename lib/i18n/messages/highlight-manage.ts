import { defineMessages } from '../define';

// Managing highlights: the popup's list of the page's highlights, the options' view of
// every page, the revisit setting and what export and import say about highlights.
export const highlightManageMessages = defineMessages({
  en: {
    hlListHeading: 'Highlights on this page',
    hlNone:
      'No highlights on this page yet. Select a passage, then choose “Highlight” here or in the right-click menu.',
    hlUnplaced: {
      one: '1 highlight could not be placed on the page as it is now. It is kept, and listed below as not placed.',
      other:
        '{count} highlights could not be placed on the page as it is now. They are kept, and listed below as not placed.',
    },
    hlNotPlaced: 'Not placed on the page',
    hlClosedPage:
      'This page does not let extensions draw on it. Its highlights are kept, and listed here.',
    hlColorDefault: 'Default',
    hlColorIs: 'Colour: {color}',
    hlColorLegend: 'Colour',
    hlJump: 'Jump to',
    hlJumpLabel: 'Jump to “{passage}” on the page',
    hlJumpFailed:
      'This passage cannot be found on the page right now. Reload the page, then try again.',
    hlAddNote: 'Add a note',
    hlEditNote: 'Edit the note',
    hlNoteLabel: 'Note',
    hlSaveNote: 'Save the note',
    hlCancel: 'Cancel',
    hlDelete: 'Delete',
    hlDeleteLabel: 'Delete “{passage}”',
    hlDeleteAsk: 'Delete this highlight? It goes from this page and from Notion.',
    hlDeleteYes: 'Delete it',
    hlDeleteNo: 'Keep it',
    hlDeleted: 'Highlight deleted.',
    hlSaved: 'Saved.',
    hlOpenInNotion: 'Open in Notion',
    hlHighlightLegend: 'Highlight the selection',
    hlHighlightButton: 'Highlight',
    hlHighlighted: 'Highlighted in {color}.',
    optHighlightsHeading: 'Highlights',
    optHighlightsIntro: 'Every page you highlighted, the most recently changed first.',
    optHighlightsSearch: 'Search highlights',
    optHighlightsSearchHelp: 'Matches page titles, addresses, passages and notes as you type.',
    optHighlightsNone:
      'No highlights yet. Select a passage on a page, then choose “Highlight” in the right-click menu or in the popup.',
    optHighlightsNoMatch: 'No highlight matches “{query}”.',
    optHighlightsShown: {
      one: '1 page with highlights.',
      other: '{count} pages with highlights.',
    },
    optHighlightsCount: { one: '1 highlight', other: '{count} highlights' },
    optHighlightsMore: {
      one: 'And 1 more highlight on this page.',
      other: 'And {count} more highlights on this page.',
    },
    optHighlightsMoreFound: {
      one: 'And 1 more highlight that matches.',
      other: 'And {count} more highlights that match.',
    },
    optHighlightsOpen: 'Open the page',
    optHighlightsOpenLabel: 'Open “{title}”',
    optHighlightsOpenNotionLabel: 'Open “{title}” in Notion',
    optRevisit: 'Show my highlights when I revisit a page',
    optRevisitHelp:
      'Quick Capture then needs to read the pages you open, and your browser asks you first. Left off, highlights are shown when you click the toolbar button.',
    optRevisitRefused:
      'Quick Capture was not allowed to read the pages you open, so highlights are shown only when you click the toolbar button. To show them on every visit, tick the box again and choose Allow.',
    optRevisitPermissionLost:
      'Your browser no longer lets Quick Capture read the pages you open, so highlights are not shown when you revisit a page.',
    optRevisitAllow: 'Allow again',
    optExportHighlights: 'The file also holds your highlights, on every page.',
    optImportedHighlights: {
      one: 'Highlights: 1 imported.',
      other: 'Highlights: {count} imported, on {pages} pages.',
    },
    optImportSkippedPages: {
      one: '1 page of highlights was left out: its address is not a web page’s, or it is not written as expected.',
      other:
        '{count} pages of highlights were left out: their address is not a web page’s, or they are not written as expected.',
    },
    optImportSkippedHighlights: {
      one: '1 highlight was left out: it is not written as expected, or its page already holds as many as it can.',
      other:
        '{count} highlights were left out: they are not written as expected, or their page already holds as many as it can.',
    },
  },
  ko: {
    hlListHeading: '이 페이지의 하이라이트',
    hlNone:
      '이 페이지에는 아직 하이라이트가 없습니다. 구절을 선택한 뒤 여기나 오른쪽 클릭 메뉴에서 “하이라이트”를 고르세요.',
    hlUnplaced: {
      one: '하이라이트 1개를 지금 페이지에서 찾지 못했습니다. 그대로 보관되며 아래에 ‘페이지에서 찾지 못함’으로 표시됩니다.',
      other:
        '하이라이트 {count}개를 지금 페이지에서 찾지 못했습니다. 그대로 보관되며 아래에 ‘페이지에서 찾지 못함’으로 표시됩니다.',
    },
    hlNotPlaced: '페이지에서 찾지 못함',
    hlClosedPage:
      '이 페이지에는 확장 프로그램이 표시할 수 없습니다. 하이라이트는 보관되어 있으며 여기에 나열됩니다.',
    hlColorDefault: '기본',
    hlColorIs: '색: {color}',
    hlColorLegend: '색',
    hlJump: '이동',
    hlJumpLabel: '페이지에서 “{passage}”(으)로 이동',
    hlJumpFailed:
      '지금 페이지에서 이 구절을 찾을 수 없습니다. 페이지를 새로 고친 뒤 다시 시도하세요.',
    hlAddNote: '메모 추가',
    hlEditNote: '메모 수정',
    hlNoteLabel: '메모',
    hlSaveNote: '메모 저장',
    hlCancel: '취소',
    hlDelete: '삭제',
    hlDeleteLabel: '“{passage}” 삭제',
    hlDeleteAsk: '이 하이라이트를 삭제할까요? 이 페이지와 Notion에서 모두 사라집니다.',
    hlDeleteYes: '삭제',
    hlDeleteNo: '그대로 두기',
    hlDeleted: '하이라이트를 삭제했습니다.',
    hlSaved: '저장했습니다.',
    hlOpenInNotion: 'Notion에서 열기',
    hlHighlightLegend: '선택한 부분 하이라이트',
    hlHighlightButton: '하이라이트',
    hlHighlighted: '{color}(으)로 하이라이트했습니다.',
    optHighlightsHeading: '하이라이트',
    optHighlightsIntro: '하이라이트한 모든 페이지입니다. 최근에 바뀐 것부터 보여 줍니다.',
    optHighlightsSearch: '하이라이트 검색',
    optHighlightsSearchHelp: '입력하는 대로 페이지 제목, 주소, 구절, 메모에서 찾습니다.',
    optHighlightsNone:
      '아직 하이라이트가 없습니다. 페이지에서 구절을 선택한 뒤 오른쪽 클릭 메뉴나 팝업에서 “하이라이트”를 고르세요.',
    optHighlightsNoMatch: '“{query}”와(과) 일치하는 하이라이트가 없습니다.',
    optHighlightsShown: {
      one: '하이라이트가 있는 페이지 1개.',
      other: '하이라이트가 있는 페이지 {count}개.',
    },
    optHighlightsCount: { one: '하이라이트 1개', other: '하이라이트 {count}개' },
    optHighlightsMore: {
      one: '이 페이지에 하이라이트가 1개 더 있습니다.',
      other: '이 페이지에 하이라이트가 {count}개 더 있습니다.',
    },
    optHighlightsMoreFound: {
      one: '일치하는 하이라이트가 1개 더 있습니다.',
      other: '일치하는 하이라이트가 {count}개 더 있습니다.',
    },
    optHighlightsOpen: '페이지 열기',
    optHighlightsOpenLabel: '“{title}” 열기',
    optHighlightsOpenNotionLabel: 'Notion에서 “{title}” 열기',
    optRevisit: '페이지를 다시 방문하면 내 하이라이트 표시',
    optRevisitHelp:
      '이 기능을 쓰려면 Quick Capture가 여는 페이지를 읽을 수 있어야 하며, 브라우저가 먼저 묻습니다. 끄면 도구 모음 버튼을 누를 때 하이라이트가 표시됩니다.',
    optRevisitRefused:
      'Quick Capture가 여는 페이지를 읽도록 허용되지 않아, 하이라이트는 도구 모음 버튼을 누를 때만 표시됩니다. 방문할 때마다 표시하려면 상자를 다시 선택하고 허용을 고르세요.',
    optRevisitPermissionLost:
      '브라우저가 더 이상 Quick Capture에 여는 페이지를 읽도록 허용하지 않아, 페이지를 다시 방문해도 하이라이트가 표시되지 않습니다.',
    optRevisitAllow: '다시 허용',
    optExportHighlights: '파일에는 모든 페이지의 하이라이트도 담깁니다.',
    optImportedHighlights: {
      one: '하이라이트: 1개를 가져왔습니다.',
      other: '하이라이트: 페이지 {pages}개에서 {count}개를 가져왔습니다.',
    },
    optImportSkippedPages: {
      one: '하이라이트가 있는 페이지 1개를 가져오지 않았습니다. 주소가 웹 페이지 주소가 아니거나 형식이 올바르지 않습니다.',
      other:
        '하이라이트가 있는 페이지 {count}개를 가져오지 않았습니다. 주소가 웹 페이지 주소가 아니거나 형식이 올바르지 않습니다.',
    },
    optImportSkippedHighlights: {
      one: '하이라이트 1개를 가져오지 않았습니다. 형식이 올바르지 않거나, 그 페이지에 이미 담을 수 있는 만큼 하이라이트가 있습니다.',
      other:
        '하이라이트 {count}개를 가져오지 않았습니다. 형식이 올바르지 않거나, 그 페이지에 이미 담을 수 있는 만큼 하이라이트가 있습니다.',
    },
  },
});
