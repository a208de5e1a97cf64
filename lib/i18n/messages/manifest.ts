import { defineMessages } from '../define';

/** Strings the manifest refers to as `__MSG_key__`. */
export const manifestMessages = defineMessages({
  en: {
    extName: 'Quick Capture for Notion',
    extDescription:
      'Save pages, articles, selections, links, images and screenshots to Notion in one gesture.',
    actionTitle: 'Save to Notion',
    commandOpenPopup: 'Open Quick Capture',
    commandSavePage: 'Save this page to the default target',
    commandSaveSelection: 'Save the selected text to the default target',
    commandSaveScreenshot: 'Save a screenshot of the visible area to the default target',
  },
  ko: {
    extName: 'Quick Capture for Notion',
    extDescription:
      '페이지, 본문, 선택한 텍스트, 링크, 이미지, 스크린샷을 한 번에 Notion에 저장합니다.',
    actionTitle: 'Notion에 저장',
    commandOpenPopup: 'Quick Capture 열기',
    commandSavePage: '이 페이지를 기본 저장 위치에 저장',
    commandSaveSelection: '선택한 텍스트를 기본 저장 위치에 저장',
    commandSaveScreenshot: '보이는 화면의 스크린샷을 기본 저장 위치에 저장',
  },
});
