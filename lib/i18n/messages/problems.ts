import { defineMessages } from '../define';

/** The extension's own failures (not Notion's): what happened and what to do. */
export const problemMessages = defineMessages({
  en: {
    problemTargetMissingTitle: 'This target no longer exists',
    problemTargetMissingDetail: 'It was removed from Quick Capture.',
    problemTargetMissingAction: 'Pick another target, or add it again in the options page.',
    problemConnectionMissingTitle: 'This Notion connection was removed',
    problemConnectionMissingDetail: 'Quick Capture no longer has a secret for it.',
    problemConnectionMissingAction: 'Add the connection again in the options page.',
    problemNoTargetTitle: 'No place to save to yet',
    problemNoTargetDetail: 'Captures go to a Notion database or page that you choose once.',
    problemNoTargetAction: 'Open the options page, connect Notion and add a database or page.',
    problemNotADatabaseTitle: 'This target is a page, not a database',
    problemNotADatabaseDetail: 'Only a database has properties to fill.',
    problemNotADatabaseAction: 'Pick a database target to fill properties.',
    problemPageNotCapturableTitle: 'This page cannot be captured',
    problemPageNotCapturableDetail:
      'Browsers do not let extensions read their own pages, the extension store or some built-in viewers.',
    problemPageNotCapturableAction: 'Open the page you want to save in a normal tab and try again.',
    problemNothingSelectedTitle: 'No text is selected',
    problemNothingSelectedDetail: 'There was no selection on the page to save.',
    problemNothingSelectedAction: 'Select some text, then save the selection again.',
    problemStorageFullTitle: 'The browser’s storage for Quick Capture is full',
    problemStorageFullDetail: 'Captures waiting to be saved fill the space the browser allows.',
    problemStorageFullAction:
      'Reconnect to Notion so waiting captures can be saved, or discard some in the history.',
    problemScreenshotTooLargeTitle: 'This screenshot is too large for your Notion workspace',
    problemScreenshotTooLargeDetail:
      'It is {size} MB; the workspace accepts files of up to {limit} MB. Nothing was queued.',
    problemScreenshotTooLargeAction:
      'Make the window smaller or zoom out and take the screenshot again, or save the page as a bookmark.',
    problemCaptureTooLargeTitle: 'This capture is too large to keep',
    problemCaptureTooLargeDetail:
      'It takes {size} MB; Quick Capture keeps captures of up to {limit} MB. Nothing was queued.',
    problemCaptureTooLargeAction:
      'Select the part you want and save the selection, or save the page as a bookmark.',
    problemImportInvalidTitle: 'These settings could not be imported',
    problemImportInvalidDetail: 'The file is not a Quick Capture settings export: {reason}.',
    problemImportInvalidAction: 'Choose a file exported from the options page of Quick Capture.',
    problemUnexpectedTitle: 'Something went wrong',
    problemUnexpectedDetail: 'Quick Capture hit an error it did not expect.',
    problemUnexpectedAction:
      'Try again. If it happens again, the details below help when reporting it.',
    problemCaptureGoneTitle: 'This capture is no longer waiting to be saved',
    problemCaptureGoneDetail: 'It was saved, discarded or removed in the meantime.',
    problemCaptureGoneAction: 'Look at the history for where it stands now.',
    problemCaptureBusyTitle: 'This capture is being saved right now',
    problemCaptureBusyDetail: 'Quick Capture is sending it to Notion at this moment.',
    problemCaptureBusyAction: 'Wait a few seconds, then look at the history again.',
    problemCaptureAlreadyCreatedTitle: 'This capture can no longer be edited',
    problemCaptureAlreadyCreatedDetail:
      'Its page already exists in Notion; only the rest of its content is waiting.',
    problemCaptureAlreadyCreatedAction:
      'Retry it as it is, and change the page in Notion afterwards.',
    problemCaptureOutcomeUnknownTitle: 'This capture cannot be edited yet',
    problemCaptureOutcomeUnknownDetail:
      'Its page was being created when the connection broke off, so Notion may already have it under the old title.',
    problemCaptureOutcomeUnknownAction:
      'Retry it as it is: Quick Capture checks Notion first, and you can change the page there afterwards.',
    problemInvalidValuesTitle: 'Some values cannot be saved',
    problemInvalidValuesDetail: '{details}',
    problemInvalidValuesAction: 'Correct the values and try again.',
    problemBackgroundUnreachableTitle: 'Quick Capture could not reach its background service',
    problemBackgroundUnreachableDetail: 'The extension may have just been updated or restarted.',
    problemBackgroundUnreachableAction: 'Close this page and open it again.',
  },
  ko: {
    problemTargetMissingTitle: '이 저장 위치는 더 이상 없습니다',
    problemTargetMissingDetail: 'Quick Capture에서 삭제되었습니다.',
    problemTargetMissingAction: '다른 저장 위치를 고르거나 옵션 페이지에서 다시 추가하세요.',
    problemConnectionMissingTitle: '이 Notion 연결은 삭제되었습니다',
    problemConnectionMissingDetail: 'Quick Capture에 이 연결의 시크릿이 없습니다.',
    problemConnectionMissingAction: '옵션 페이지에서 연결을 다시 추가하세요.',
    problemNoTargetTitle: '아직 저장할 곳이 없습니다',
    problemNoTargetDetail: '캡처는 한 번 골라 둔 Notion 데이터베이스나 페이지에 저장됩니다.',
    problemNoTargetAction: '옵션 페이지에서 Notion을 연결하고 데이터베이스나 페이지를 추가하세요.',
    problemNotADatabaseTitle: '이 저장 위치는 데이터베이스가 아니라 페이지입니다',
    problemNotADatabaseDetail: '속성을 채울 수 있는 것은 데이터베이스뿐입니다.',
    problemNotADatabaseAction: '속성을 채우려면 데이터베이스 저장 위치를 고르세요.',
    problemPageNotCapturableTitle: '이 페이지는 캡처할 수 없습니다',
    problemPageNotCapturableDetail:
      '브라우저는 자체 페이지, 확장 프로그램 스토어, 일부 내장 뷰어를 확장 프로그램이 읽지 못하게 합니다.',
    problemPageNotCapturableAction: '저장하려는 페이지를 일반 탭에서 열고 다시 시도하세요.',
    problemNothingSelectedTitle: '선택한 텍스트가 없습니다',
    problemNothingSelectedDetail: '페이지에 저장할 선택 영역이 없었습니다.',
    problemNothingSelectedAction: '텍스트를 선택한 뒤 다시 저장하세요.',
    problemStorageFullTitle: 'Quick Capture의 브라우저 저장 공간이 가득 찼습니다',
    problemStorageFullDetail: '저장을 기다리는 캡처가 브라우저가 허용하는 공간을 채웠습니다.',
    problemStorageFullAction:
      'Notion에 다시 연결해 대기 중인 캡처가 저장되게 하거나, 기록에서 일부를 삭제하세요.',
    problemScreenshotTooLargeTitle: '이 스크린샷은 Notion 워크스페이스에 올리기에 너무 큽니다',
    problemScreenshotTooLargeDetail:
      '크기가 {size}MB인데 워크스페이스는 {limit}MB까지의 파일만 받습니다. 대기열에 넣지 않았습니다.',
    problemScreenshotTooLargeAction:
      '창을 줄이거나 화면을 축소한 뒤 스크린샷을 다시 찍거나, 페이지를 북마크로 저장하세요.',
    problemCaptureTooLargeTitle: '이 캡처는 너무 커서 보관할 수 없습니다',
    problemCaptureTooLargeDetail:
      '크기가 {size}MB입니다. Quick Capture는 {limit}MB까지 보관합니다. 대기열에 넣지 않았습니다.',
    problemCaptureTooLargeAction:
      '원하는 부분을 선택해 선택 영역으로 저장하거나, 페이지를 북마크로 저장하세요.',
    problemImportInvalidTitle: '이 설정을 가져올 수 없습니다',
    problemImportInvalidDetail: 'Quick Capture 설정 내보내기 파일이 아닙니다: {reason}.',
    problemImportInvalidAction: 'Quick Capture 옵션 페이지에서 내보낸 파일을 고르세요.',
    problemUnexpectedTitle: '문제가 발생했습니다',
    problemUnexpectedDetail: 'Quick Capture에 예상하지 못한 오류가 생겼습니다.',
    problemUnexpectedAction:
      '다시 시도하세요. 다시 일어나면 아래 세부 정보를 신고할 때 알려 주세요.',
    problemCaptureGoneTitle: '이 캡처는 더 이상 저장을 기다리고 있지 않습니다',
    problemCaptureGoneDetail: '그 사이에 저장되었거나 삭제되었습니다.',
    problemCaptureGoneAction: '기록에서 지금 상태를 확인하세요.',
    problemCaptureBusyTitle: '이 캡처는 지금 저장 중입니다',
    problemCaptureBusyDetail: 'Quick Capture가 지금 Notion으로 보내고 있습니다.',
    problemCaptureBusyAction: '잠시 기다린 뒤 기록을 다시 확인하세요.',
    problemCaptureAlreadyCreatedTitle: '이 캡처는 더 이상 수정할 수 없습니다',
    problemCaptureAlreadyCreatedDetail:
      '페이지는 이미 Notion에 있고 나머지 내용만 기다리고 있습니다.',
    problemCaptureAlreadyCreatedAction: '그대로 다시 시도한 뒤 Notion에서 페이지를 고치세요.',
    problemCaptureOutcomeUnknownTitle: '이 캡처는 아직 수정할 수 없습니다',
    problemCaptureOutcomeUnknownDetail:
      '페이지를 만드는 중에 연결이 끊겨서 Notion에 이전 제목으로 이미 저장되었을 수 있습니다.',
    problemCaptureOutcomeUnknownAction:
      '먼저 그대로 다시 시도하세요. Quick Capture가 Notion을 확인한 뒤에 Notion에서 페이지를 고칠 수 있습니다.',
    problemInvalidValuesTitle: '저장할 수 없는 값이 있습니다',
    problemInvalidValuesDetail: '{details}',
    problemInvalidValuesAction: '값을 고친 뒤 다시 시도하세요.',
    problemBackgroundUnreachableTitle: 'Quick Capture가 백그라운드 서비스에 연결하지 못했습니다',
    problemBackgroundUnreachableDetail:
      '확장 프로그램이 방금 업데이트되었거나 다시 시작되었을 수 있습니다.',
    problemBackgroundUnreachableAction: '이 페이지를 닫고 다시 여세요.',
  },
});
