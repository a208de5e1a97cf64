import { defineMessages } from '../define';

/** Many tabs saved at once: the gestures, the popup's entry, progress and the reasons. */
export const batchMessages = defineMessages({
  en: {
    menuSaveSelectedTabs: 'Save the selected tabs to Notion',
    menuSaveWindowTabs: 'Save all tabs in this window to Notion',
    menuTabsAsBookmarks: 'As bookmarks',
    menuTabsAsArticles: 'As full articles',
    commandSaveTabs:
      'Save the selected tabs as bookmarks (all tabs in the window when only one is selected)',
    batchOpen: 'Save tabs…',
    batchHeading: 'Save many tabs',
    batchSelected: { one: 'The selected tab', other: 'The {count} selected tabs' },
    batchWindow: { one: 'The tab in this window', other: 'All {count} tabs in this window' },
    batchAsBookmarks: 'As bookmarks',
    batchAsArticles: 'As full articles',
    batchStart: 'Save tabs',
    batchAccessNote:
      'To read tabs other than this one, Quick Capture asks once for access to websites.',
    batchTitleSelected: 'The selected tabs',
    batchTitleWindow: 'All tabs in a window',
    batchSaved: '{saved} of {total} saved',
    batchSkipped: '{count} skipped',
    batchAttention: { one: '{count} needs attention', other: '{count} need attention' },
    batchNotCapturable: { one: "{count} can't be saved", other: "{count} can't be saved" },
    batchAlreadySavedAsk: {
      one: '1 of these is already saved:',
      other: '{count} of these are already saved:',
    },
    batchSkipThem: { one: 'Skip it', other: 'Skip them' },
    batchSaveAgain: 'Save again',
    batchWhyHeading: 'Not saved, and why',
    batchUntitledTab: 'A tab',
    batchWhyBrowserPage:
      "{title} is one of the browser's own pages (or a file on this computer), which extensions cannot read.",
    batchWhyLocalFile:
      '{title} is a file on this computer, which Notion cannot open. Save it from a web address instead.',
    batchWhyNoAccess:
      "{title} could not be read: Quick Capture may not read websites. Allow it with the popup's “Save tabs…”, then save again.",
    batchWhyDiscarded:
      '{title} was unloaded by the browser to save memory. Open the tab once, then save it again.',
    batchWhyClosed: '{title} was closed before it was read.',
    batchWhyNavigated:
      '{title} showed another page by the time it was read. Save that tab on its own.',
    batchWhyUnreadable: '{title} could not be read as an article. Save it as a bookmark instead.',
    batchWhyRefused: '{title} was not queued: {detail}',
    batchWhySamePage: '{title} is open in another tab of these: it is saved once.',
    batchNotifyTitle: 'Saving tabs to Notion',
    optShortcutSaveTabsNote:
      '“Save the selected tabs” comes without a key: a stray chord should not save thirty tabs. Give it one here if you want it.',
  },
  ko: {
    menuSaveSelectedTabs: '선택한 탭을 Notion에 저장',
    menuSaveWindowTabs: '이 창의 모든 탭을 Notion에 저장',
    menuTabsAsBookmarks: '북마크로',
    menuTabsAsArticles: '본문 전체로',
    commandSaveTabs: '선택한 탭을 북마크로 저장 (탭 하나만 선택했으면 창의 모든 탭)',
    batchOpen: '탭 저장…',
    batchHeading: '여러 탭 저장',
    batchSelected: { one: '선택한 탭', other: '선택한 탭 {count}개' },
    batchWindow: { one: '이 창의 탭', other: '이 창의 모든 탭 {count}개' },
    batchAsBookmarks: '북마크로',
    batchAsArticles: '본문 전체로',
    batchStart: '탭 저장',
    batchAccessNote: '이 탭 말고 다른 탭을 읽으려면 웹사이트 접근 권한을 한 번 요청합니다.',
    batchTitleSelected: '선택한 탭',
    batchTitleWindow: '창의 모든 탭',
    batchSaved: '{total}개 중 {saved}개 저장됨',
    batchSkipped: '{count}개 건너뜀',
    batchAttention: { one: '{count}개 확인 필요', other: '{count}개 확인 필요' },
    batchNotCapturable: { one: '{count}개 저장할 수 없음', other: '{count}개 저장할 수 없음' },
    batchAlreadySavedAsk: {
      one: '이 중 1개는 이미 저장되어 있습니다:',
      other: '이 중 {count}개는 이미 저장되어 있습니다:',
    },
    batchSkipThem: { one: '건너뛰기', other: '건너뛰기' },
    batchSaveAgain: '다시 저장',
    batchWhyHeading: '저장하지 못한 탭과 이유',
    batchUntitledTab: '탭',
    batchWhyBrowserPage:
      '{title}은(는) 브라우저의 자체 페이지(또는 이 컴퓨터의 파일)라 확장 프로그램이 읽을 수 없습니다.',
    batchWhyLocalFile:
      '{title}은(는) 이 컴퓨터의 파일이라 Notion에서 열 수 없습니다. 웹 주소에서 저장하세요.',
    batchWhyNoAccess:
      '{title}을(를) 읽을 수 없습니다. 웹사이트를 읽을 권한이 없습니다. 팝업의 ‘탭 저장…’에서 허용한 뒤 다시 저장하세요.',
    batchWhyDiscarded:
      '{title}은(는) 메모리를 아끼려고 브라우저가 내려 둔 탭입니다. 탭을 한 번 연 뒤 다시 저장하세요.',
    batchWhyClosed: '{title}은(는) 읽기 전에 닫혔습니다.',
    batchWhyNavigated:
      '{title} 탭이 읽기 전에 다른 페이지로 바뀌었습니다. 그 탭을 따로 저장하세요.',
    batchWhyUnreadable: '{title}을(를) 본문으로 읽을 수 없습니다. 북마크로 저장하세요.',
    batchWhyRefused: '{title}을(를) 대기열에 넣지 못했습니다: {detail}',
    batchWhySamePage: '{title}은(는) 다른 탭에도 열려 있어 한 번만 저장합니다.',
    batchNotifyTitle: '탭을 Notion에 저장하는 중',
    optShortcutSaveTabsNote:
      '‘선택한 탭 저장’에는 기본 단축키가 없습니다. 실수로 누른 키 하나로 탭 서른 개가 저장되면 안 되니까요. 원하면 여기서 지정하세요.',
  },
});
