import { defineMessages } from '../define';

/** The capture queue: notifications, badge tooltip, and where a capture stands. */
export const queueMessages = defineMessages({
  en: {
    queueSavedTitle: 'Saved to {target}',
    queueOpenInNotion: 'Open in Notion',
    queueFailedTitle: 'Not saved to {target}: {reason}',
    queueBadgePending: {
      one: '{count} capture waiting to be saved',
      other: '{count} captures waiting to be saved',
    },
    queueBadgeAttention: {
      one: '{count} capture needs your attention',
      other: '{count} captures need your attention',
    },
    queueStatusQueued: 'Waiting to be saved',
    queueStatusSaving: 'Saving…',
    queueStatusSaved: 'Saved',
    queueStatusNeedsAttention: 'Needs your attention',
    queueStatusDiscarded: 'Discarded',
    queueWaitBackoff: 'Notion did not answer; trying again shortly',
    queueWaitRateLimited: 'Notion asked to slow down; continuing in a moment',
    queueWaitOffline: 'Waiting for the network',
    queueWaitReconnect: 'Waiting for you to reconnect to Notion',
    queueWaitOrder: 'Waiting for the capture before it on the same page',
  },
  ko: {
    queueSavedTitle: '{target}에 저장했습니다',
    queueOpenInNotion: 'Notion에서 열기',
    queueFailedTitle: '{target}에 저장하지 못했습니다: {reason}',
    queueBadgePending: {
      one: '저장을 기다리는 캡처 {count}개',
      other: '저장을 기다리는 캡처 {count}개',
    },
    queueBadgeAttention: {
      one: '확인이 필요한 캡처 {count}개',
      other: '확인이 필요한 캡처 {count}개',
    },
    queueStatusQueued: '저장 대기 중',
    queueStatusSaving: '저장 중…',
    queueStatusSaved: '저장됨',
    queueStatusNeedsAttention: '확인이 필요합니다',
    queueStatusDiscarded: '삭제됨',
    queueWaitBackoff: 'Notion이 응답하지 않아 잠시 후 다시 시도합니다',
    queueWaitRateLimited: 'Notion이 속도를 늦춰 달라고 해서 잠시 후 이어서 저장합니다',
    queueWaitOffline: '네트워크 연결을 기다리는 중',
    queueWaitReconnect: 'Notion에 다시 연결하기를 기다리는 중',
    queueWaitOrder: '같은 페이지에 먼저 저장할 캡처를 기다리는 중',
  },
});
