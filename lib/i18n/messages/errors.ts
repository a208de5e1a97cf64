import { defineMessages } from '../define';

/**
 * Failures as people read them (`describeError`): a title saying what happened, a
 * detail saying why, an action saying what to do. Never a raw code: that goes into the
 * "details" one click away.
 */
export const errorMessages = defineMessages({
  en: {
    errTokenFormatPersonalAction:
      'At notion.so/developers/tokens, copy the token while Notion shows it (it is shown once) and paste it here; if it is gone, create a new one.',
    errTokenRefusedTitle: 'Notion didn’t accept this token',
    errTokenRefusedPersonalDetail:
      'This personal access token was mistyped, revoked or has expired (they last a year).',
    errTokenRefusedPersonalAction:
      'At notion.so/developers/tokens, create a new token with the “Notion API” capability ticked, copy it and paste it here.',
    errTokenRefusedIntegrationDetail: 'This integration secret was revoked or mistyped.',
    errPatRestrictedTitle: 'This workspace doesn’t allow personal access tokens',
    errPatRestrictedDetail:
      'Its owners decide who may use personal access tokens; Business and Enterprise workspaces keep them off until an owner allows them.',
    errPatRestrictedAction:
      'Ask a workspace owner to let members use personal access tokens (Settings → Connections), or connect with an integration secret instead.',
    errNoContentTitle: 'This token can’t read your pages',
    errNoContentPersonalDetail:
      'The personal access token was made without the “Notion API” capability.',
    errNoContentPersonalAction:
      'At notion.so/developers/tokens, create a token with the “Notion API” capability ticked and paste it here.',
    errNoContentIntegrationDetail: 'The integration’s “Read content” capability is off.',
    errPeopleUnlistedTitle: 'Notion doesn’t list people to a personal access token',
    errPeopleUnlistedDetail: 'So this connection cannot offer the workspace’s people here.',
    errPeopleUnlistedAction:
      'Leave this property empty and fill it in Notion, or save to this database through an integration secret with “Read user information”.',
    errUnauthorizedTitle: 'Notion didn’t accept this connection’s secret',
    errUnauthorizedDetail: 'This secret was revoked or mistyped.',
    errUnauthorizedAction:
      'Copy the secret again from notion.so/profile/integrations and reconnect in Quick Capture’s options.',
    errRestrictedTitle: 'The integration isn’t allowed to do this',
    errRestrictedDetail: 'Notion refused because the integration is missing a capability.',
    errRestrictedAction:
      'At notion.so/profile/integrations, open the integration → Capabilities, turn on “Read content”, “Update content” and “Insert content”, and save.',
    errCapabilityDetail: 'The integration lacks the “{capability}” capability.',
    errCapabilityAction:
      'At notion.so/profile/integrations, open the integration → Capabilities, turn on “{capability}” and save.',
    errBlockLimitTitle: 'This workspace reached its block limit',
    errBlockLimitDetail:
      'Free workspaces with more than one member can hold a limited number of blocks.',
    errBlockLimitAction:
      'Upgrade the workspace’s plan, or save pages as bookmarks (without their content).',
    errNotFoundTitle: 'Notion can’t find this page or database',
    errNotFoundDetail: 'It was deleted, or it isn’t shared with the integration.',
    errNotFoundAction: 'Open it in Notion → ••• → Connections → pick the integration.',
    errNotSharedDetail: 'It isn’t shared with {integration}, or it was deleted.',
    errNotSharedAction: 'Open it in Notion → ••• → Connections → {integration}.',
    errRateTitle: 'Notion asked to slow down',
    errRateDetail: 'Too many requests went through this connection in the last minute.',
    errRateSpaceDetail:
      'The workspace as a whole (all its integrations together) sent too many requests.',
    errRateEndpointDetail: 'Too many requests of this kind were sent.',
    errRateAction: 'Nothing to do: Quick Capture waits and tries again by itself.',
    errRateActionSeconds:
      'Nothing to do: Quick Capture tries again by itself in about {seconds} s.',
    errBlockedTitle: 'Notion blocked this integration’s requests',
    errBlockedDetail: 'Notion stopped accepting requests from it; trying again won’t help.',
    errBlockedAction:
      'Check the integration at notion.so/profile/integrations, or contact Notion support.',
    errValidationTitle: 'Notion refused what was sent',
    errValidationDetail:
      'Something doesn’t fit the database, often a property that was renamed, removed or changed type.',
    errValidationAction:
      'Refresh the target’s properties in the options and try again. If it keeps failing, report it with the details.',
    errRequestTitle: 'Notion didn’t understand the request',
    errRequestDetail: 'This is a fault in Quick Capture, not in your page.',
    errReportAction: 'Please report it with the details below.',
    errConflictTitle: 'Notion was busy with another change',
    errConflictDetail: 'Another change to the same page happened at the same moment.',
    errRetryAction: 'Nothing to do: Quick Capture tries again by itself.',
    errServerTitle: 'Notion is having trouble',
    errServerDetail: 'Notion’s servers answered with an error (HTTP {status}).',
    errServerAction:
      'Quick Capture tries again later by itself; status.notion.so shows known outages.',
    errMaybeSavedDetail: 'Notion answered with an error but may have saved it anyway.',
    errMaybeSavedAction:
      'Quick Capture checks Notion before trying again, so nothing is saved twice.',
    errOverloadTitle: 'Notion is overloaded',
    errOverloadDetail: 'Notion asked its clients to wait a moment.',
    errTimeoutTitle: 'Notion took too long to answer',
    errTimeoutDetail: 'No answer came in time; the request was given up.',
    errTimeoutAction:
      'Quick Capture tries again by itself. If it keeps happening, check your connection.',
    errResponseTitle: 'Notion answered in an unexpected way',
    errResponseDetail:
      'The answer (HTTP {status}) wasn’t one Quick Capture understands; a proxy or firewall may have answered instead of Notion.',
    errResponseAction: 'Try again later. If it keeps happening, report it with the details.',
    errPathTitle: 'An address was malformed',
    errPathDetail: 'A page or database id contained characters an id never has.',
    errPathAction: 'Choose the target again in the options.',
    errOfflineTitle: 'You’re offline',
    errOfflineDetail: 'Quick Capture couldn’t reach the network.',
    errOfflineAction: 'It tries again when you’re back online.',
    errNetworkTitle: 'Couldn’t reach Notion',
    errNetworkDetail:
      'The connection failed before Notion answered (network, VPN, proxy, or an extension blocking requests).',
    errNetworkAction: 'Check your connection; Quick Capture tries again by itself.',
    errUnknownTitle: 'Something went wrong',
    errUnknownDetail: 'An unexpected error occurred.',
    errUnknownAction: 'Try again. If it keeps happening, report it with the details.',
    errSecretTitle: 'This doesn’t look like a Notion secret',
    errSecretEmpty: 'Nothing was pasted. Nothing was sent to Notion.',
    errSecretPrefix:
      'A Notion secret starts with “ntn_” (older ones with “secret_”). Nothing was sent to Notion.',
    errSecretShort:
      'It looks cut off: a secret is about 50 characters long. Nothing was sent to Notion.',
    errSecretCharacters:
      'It contains spaces or characters a secret never has. Nothing was sent to Notion.',
    errSecretAction:
      'At notion.so/profile/integrations, open the integration → Configuration → Internal Integration Secret, click “Show”, then “Copy”, and paste it here.',
    errApiBaseTitle: 'This API address isn’t allowed',
    errApiBaseDetail:
      'Quick Capture sends your secret only to https://api.notion.com (its test build also to a Notion emulator on this computer); “{apiBase}” is not allowed.',
    errApiBaseAction: 'Leave the API address empty to use Notion.',
    errNotTargetTitle: 'This can’t receive captures',
    errNotTargetDetail:
      'The address points to something that is neither a page nor a database (a single block, for instance), or it is in the trash.',
    errNotTargetAction: 'Paste the address of a page or a database.',
    errNoUrlPropertyTitle: 'This database has no property for the page address',
    errNoUrlPropertyDetail: 'Quick Capture finds earlier saves by the page’s address.',
    errNoUrlPropertyAction: 'Add a URL property to the database, or map one in the options.',
    errBlockTooLargeTitle: 'Part of this page is too large for Notion',
    errBlockTooLargeDetail:
      'One of its blocks (a very long table row, code block or caption) is over the 500 KB Notion accepts in one request, so nothing was queued.',
    errBlockTooLargeAction:
      'Select the part you need and save the selection, or save the page as a bookmark.',
    errSchemaFullTitle: 'This database can’t take more options',
    errSchemaFullDetail:
      'Notion limits how much a database’s property settings may hold, and its select and multi-select options have reached that size.',
    errSchemaFullAction:
      'In Notion, delete options that are no longer used (or make the property a text property), then try again.',
    errListingExpiredTitle: 'Notion ended a list before it was read to the end',
    errListingExpiredDetail:
      'Notion lets a long list be read page by page for a limited time only, and the time ran out {restarts} times in a row.',
    errListingExpiredAction:
      'Try again in a moment. Quick Capture starts the list over each time, so nothing is missed.',
    errTooLargeTitle: 'Notion refused a request as too large',
    errTooLargeDetail:
      'One request carried more than the 500 KB Notion accepts at once; sending it again as it is won’t help.',
    errTooLargeAction:
      'Save the part you need as a selection, or the page as a bookmark, and report this with the details below.',
    capabilityReadContent: 'Read content',
    capabilityUpdateContent: 'Update content',
    capabilityInsertContent: 'Insert content',
    capabilityReadUsers: 'Read user information',
  },
  ko: {
    errTokenFormatPersonalAction:
      'notion.so/developers/tokens에서 토큰이 표시될 때(한 번만 표시됩니다) 복사해 여기에 붙여 넣으세요. 이미 사라졌다면 새로 만드세요.',
    errTokenRefusedTitle: 'Notion이 이 토큰을 받아들이지 않았습니다',
    errTokenRefusedPersonalDetail:
      '이 개인 액세스 토큰이 잘못 입력되었거나, 취소되었거나, 만료되었습니다(유효 기간은 1년입니다).',
    errTokenRefusedPersonalAction:
      'notion.so/developers/tokens에서 “Notion API” 기능을 선택해 새 토큰을 만들고, 복사해 여기에 붙여 넣으세요.',
    errTokenRefusedIntegrationDetail: '이 통합 시크릿이 잘못 입력되었거나 취소되었습니다.',
    errPatRestrictedTitle: '이 워크스페이스는 개인 액세스 토큰을 허용하지 않습니다',
    errPatRestrictedDetail:
      '개인 액세스 토큰을 쓸 수 있는 사람은 워크스페이스 소유자가 정합니다. 비즈니스·엔터프라이즈 워크스페이스에서는 소유자가 허용하기 전까지 꺼져 있습니다.',
    errPatRestrictedAction:
      '워크스페이스 소유자에게 멤버의 개인 액세스 토큰 사용을 허용해 달라고 요청하거나(설정 → 연결), 대신 통합 시크릿으로 연결하세요.',
    errNoContentTitle: '이 토큰으로는 페이지를 읽을 수 없습니다',
    errNoContentPersonalDetail: '이 개인 액세스 토큰은 “Notion API” 기능 없이 만들어졌습니다.',
    errNoContentPersonalAction:
      'notion.so/developers/tokens에서 “Notion API” 기능을 선택해 토큰을 만들고 여기에 붙여 넣으세요.',
    errNoContentIntegrationDetail: '통합의 “콘텐츠 읽기” 기능이 꺼져 있습니다.',
    errPeopleUnlistedTitle: 'Notion은 개인 액세스 토큰에 사용자 목록을 주지 않습니다',
    errPeopleUnlistedDetail: '그래서 이 연결로는 여기서 워크스페이스 사용자를 고를 수 없습니다.',
    errPeopleUnlistedAction:
      '이 속성은 비워 두고 Notion에서 채우거나, “사용자 정보 읽기” 기능이 있는 통합 시크릿으로 이 데이터베이스에 저장하세요.',
    errUnauthorizedTitle: 'Notion이 이 연결의 시크릿을 받아들이지 않았습니다',
    errUnauthorizedDetail: '시크릿이 취소되었거나 잘못 입력되었습니다.',
    errUnauthorizedAction:
      'notion.so/profile/integrations에서 시크릿을 다시 복사해 Quick Capture 옵션에서 다시 연결하세요.',
    errRestrictedTitle: '통합에 이 작업 권한이 없습니다',
    errRestrictedDetail: '통합에 필요한 기능이 꺼져 있어 Notion이 거부했습니다.',
    errRestrictedAction:
      'notion.so/profile/integrations에서 통합 → 기능을 열고 “콘텐츠 읽기”, “콘텐츠 업데이트”, “콘텐츠 삽입”을 켠 뒤 저장하세요.',
    errCapabilityDetail: '통합에 “{capability}” 기능이 없습니다.',
    errCapabilityAction:
      'notion.so/profile/integrations에서 통합 → 기능을 열고 “{capability}”을(를) 켠 뒤 저장하세요.',
    errBlockLimitTitle: '이 워크스페이스의 블록 한도에 도달했습니다',
    errBlockLimitDetail: '멤버가 두 명 이상인 무료 워크스페이스는 블록 수가 제한됩니다.',
    errBlockLimitAction: '워크스페이스 요금제를 올리거나, 페이지를 본문 없이 북마크로 저장하세요.',
    errNotFoundTitle: 'Notion에서 이 페이지나 데이터베이스를 찾을 수 없습니다',
    errNotFoundDetail: '삭제되었거나 통합과 공유되지 않았습니다.',
    errNotFoundAction: 'Notion에서 열고 ••• → 연결 → 통합을 선택하세요.',
    errNotSharedDetail: '{integration}과(와) 공유되지 않았거나 삭제되었습니다.',
    errNotSharedAction: 'Notion에서 열고 ••• → 연결 → {integration}을(를) 선택하세요.',
    errRateTitle: 'Notion이 요청 속도를 늦춰 달라고 했습니다',
    errRateDetail: '지난 1분 동안 이 연결로 너무 많은 요청을 보냈습니다.',
    errRateSpaceDetail: '워크스페이스 전체(모든 통합 합계)에서 너무 많은 요청을 보냈습니다.',
    errRateEndpointDetail: '이 종류의 요청을 너무 많이 보냈습니다.',
    errRateAction: '따로 할 일은 없습니다. Quick Capture가 기다렸다가 다시 시도합니다.',
    errRateActionSeconds:
      '따로 할 일은 없습니다. Quick Capture가 약 {seconds}초 뒤에 다시 시도합니다.',
    errBlockedTitle: 'Notion이 이 통합의 요청을 차단했습니다',
    errBlockedDetail:
      'Notion이 이 통합의 요청을 더 이상 받지 않습니다. 다시 시도해도 소용없습니다.',
    errBlockedAction:
      'notion.so/profile/integrations에서 통합을 확인하거나 Notion 지원팀에 문의하세요.',
    errValidationTitle: 'Notion이 보낸 내용을 거부했습니다',
    errValidationDetail:
      '데이터베이스와 맞지 않는 부분이 있습니다. 속성 이름이 바뀌었거나, 삭제되었거나, 유형이 바뀐 경우가 많습니다.',
    errValidationAction:
      '옵션에서 이 저장 위치의 속성을 새로 고친 뒤 다시 시도하세요. 계속 실패하면 세부 정보와 함께 알려 주세요.',
    errRequestTitle: 'Notion이 요청을 이해하지 못했습니다',
    errRequestDetail: '페이지 문제가 아니라 Quick Capture의 오류입니다.',
    errReportAction: '아래 세부 정보와 함께 알려 주세요.',
    errConflictTitle: 'Notion이 다른 변경을 처리하는 중이었습니다',
    errConflictDetail: '같은 페이지에 대한 다른 변경이 동시에 일어났습니다.',
    errRetryAction: '따로 할 일은 없습니다. Quick Capture가 다시 시도합니다.',
    errServerTitle: 'Notion에 문제가 있습니다',
    errServerDetail: 'Notion 서버가 오류로 응답했습니다(HTTP {status}).',
    errServerAction:
      'Quick Capture가 나중에 다시 시도합니다. 알려진 장애는 status.notion.so에서 볼 수 있습니다.',
    errMaybeSavedDetail: 'Notion이 오류로 응답했지만 이미 저장했을 수도 있습니다.',
    errMaybeSavedAction:
      'Quick Capture가 다시 시도하기 전에 Notion을 확인하므로 두 번 저장되지 않습니다.',
    errOverloadTitle: 'Notion에 요청이 몰려 있습니다',
    errOverloadDetail: 'Notion이 잠시 기다려 달라고 했습니다.',
    errTimeoutTitle: 'Notion의 응답이 너무 늦습니다',
    errTimeoutDetail: '제시간에 응답이 오지 않아 요청을 중단했습니다.',
    errTimeoutAction: 'Quick Capture가 다시 시도합니다. 계속 반복되면 인터넷 연결을 확인하세요.',
    errResponseTitle: 'Notion의 응답이 예상과 다릅니다',
    errResponseDetail:
      'Quick Capture가 이해할 수 없는 응답(HTTP {status})입니다. Notion 대신 프록시나 방화벽이 응답했을 수 있습니다.',
    errResponseAction: '나중에 다시 시도하세요. 계속 반복되면 세부 정보와 함께 알려 주세요.',
    errPathTitle: '주소 형식이 잘못되었습니다',
    errPathDetail: '페이지나 데이터베이스 ID에 ID에 들어갈 수 없는 문자가 있습니다.',
    errPathAction: '옵션에서 저장 위치를 다시 선택하세요.',
    errOfflineTitle: '오프라인 상태입니다',
    errOfflineDetail: 'Quick Capture가 네트워크에 연결할 수 없습니다.',
    errOfflineAction: '다시 온라인이 되면 Quick Capture가 다시 시도합니다.',
    errNetworkTitle: 'Notion에 연결할 수 없습니다',
    errNetworkDetail:
      'Notion이 응답하기 전에 연결이 끊어졌습니다(네트워크, VPN, 프록시, 또는 요청을 막는 확장 프로그램).',
    errNetworkAction: '인터넷 연결을 확인하세요. Quick Capture가 다시 시도합니다.',
    errUnknownTitle: '문제가 발생했습니다',
    errUnknownDetail: '예상하지 못한 오류가 발생했습니다.',
    errUnknownAction: '다시 시도하세요. 계속 반복되면 세부 정보와 함께 알려 주세요.',
    errSecretTitle: 'Notion 시크릿이 아닌 것 같습니다',
    errSecretEmpty: '붙여 넣은 내용이 없습니다. Notion에는 아무것도 보내지 않았습니다.',
    errSecretPrefix:
      'Notion 시크릿은 “ntn_”(예전 시크릿은 “secret_”)으로 시작합니다. Notion에는 아무것도 보내지 않았습니다.',
    errSecretShort:
      '일부가 잘린 것 같습니다. 시크릿은 50자 정도입니다. Notion에는 아무것도 보내지 않았습니다.',
    errSecretCharacters:
      '시크릿에 들어갈 수 없는 공백이나 문자가 있습니다. Notion에는 아무것도 보내지 않았습니다.',
    errSecretAction:
      'notion.so/profile/integrations에서 통합 → 구성 → 내부 통합 시크릿의 “표시”, “복사”를 차례로 누른 뒤 여기에 붙여 넣으세요.',
    errApiBaseTitle: '허용되지 않는 API 주소입니다',
    errApiBaseDetail:
      'Quick Capture는 시크릿을 https://api.notion.com(테스트 빌드는 이 컴퓨터의 Notion 에뮬레이터도)으로만 보냅니다. “{apiBase}”은(는) 허용되지 않습니다.',
    errApiBaseAction: 'Notion을 쓰려면 API 주소를 비워 두세요.',
    errNotTargetTitle: '이곳에는 저장할 수 없습니다',
    errNotTargetDetail:
      '주소가 페이지나 데이터베이스가 아닌 것(예: 블록 하나)을 가리키거나, 휴지통에 있는 항목입니다.',
    errNotTargetAction: '페이지나 데이터베이스의 주소를 붙여 넣으세요.',
    errNoUrlPropertyTitle: '이 데이터베이스에는 페이지 주소를 넣을 속성이 없습니다',
    errNoUrlPropertyDetail: 'Quick Capture는 페이지 주소로 이전에 저장한 항목을 찾습니다.',
    errNoUrlPropertyAction: '데이터베이스에 URL 속성을 추가하거나 옵션에서 속성을 연결하세요.',
    errBlockTooLargeTitle: '이 페이지의 일부가 Notion에 보내기에 너무 큽니다',
    errBlockTooLargeDetail:
      '블록 하나(아주 긴 표의 행, 코드 블록 또는 캡션)가 Notion이 한 번의 요청으로 받는 500KB를 넘어서 아무것도 대기열에 넣지 않았습니다.',
    errBlockTooLargeAction:
      '필요한 부분을 선택해 선택 영역으로 저장하거나, 페이지를 북마크로 저장하세요.',
    errSchemaFullTitle: '이 데이터베이스에는 옵션을 더 추가할 수 없습니다',
    errSchemaFullDetail:
      'Notion은 데이터베이스 속성 설정에 담을 수 있는 크기를 제한하는데, 선택과 다중 선택 옵션이 그 크기에 도달했습니다.',
    errSchemaFullAction:
      'Notion에서 더 이상 쓰지 않는 옵션을 지우거나 속성을 텍스트 속성으로 바꾼 뒤 다시 시도하세요.',
    errListingExpiredTitle: 'Notion이 목록을 끝까지 읽기 전에 끊었습니다',
    errListingExpiredDetail:
      'Notion은 긴 목록을 정해진 시간 동안만 페이지별로 읽게 하는데, 그 시간이 {restarts}번 연속으로 지났습니다.',
    errListingExpiredAction:
      '잠시 후 다시 시도하세요. Quick Capture는 매번 목록을 처음부터 읽으므로 빠지는 항목이 없습니다.',
    errTooLargeTitle: 'Notion이 요청이 너무 크다며 거부했습니다',
    errTooLargeDetail:
      '요청 하나가 Notion이 한 번에 받는 500KB를 넘었습니다. 그대로 다시 보내도 소용없습니다.',
    errTooLargeAction:
      '필요한 부분을 선택 영역으로 저장하거나 페이지를 북마크로 저장하고, 아래 세부 정보와 함께 알려 주세요.',
    capabilityReadContent: '콘텐츠 읽기',
    capabilityUpdateContent: '콘텐츠 업데이트',
    capabilityInsertContent: '콘텐츠 삽입',
    capabilityReadUsers: '사용자 정보 읽기',
  },
});
