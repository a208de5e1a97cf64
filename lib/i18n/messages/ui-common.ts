import { defineMessages } from '../define';

/** Words shared by the popup and the options page. */
export const uiCommonMessages = defineMessages({
  en: {
    uiDetails: 'Details',
    uiDismiss: 'Dismiss',
  },
  ko: {
    uiDetails: '세부 정보',
    uiDismiss: '닫기',
  },
});
