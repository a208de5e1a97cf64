import { defineMessages } from '../define';

/** Names of the capture gestures: context menu entries and their feedback. */
export const captureActionMessages = defineMessages({
  en: {
    menuSavePage: 'Save page to Notion',
    menuSaveSelection: 'Save selection to Notion',
    menuSaveLink: 'Save link to Notion',
    menuSaveImage: 'Save image to Notion',
    menuDefaultTarget: '{title} (default)',
    menuConnectFirst: 'Connect Notion first…',
  },
  ko: {
    menuSavePage: '페이지를 Notion에 저장',
    menuSaveSelection: '선택한 텍스트를 Notion에 저장',
    menuSaveLink: '링크를 Notion에 저장',
    menuSaveImage: '이미지를 Notion에 저장',
    menuDefaultTarget: '{title} (기본)',
    menuConnectFirst: '먼저 Notion을 연결하세요…',
  },
});
